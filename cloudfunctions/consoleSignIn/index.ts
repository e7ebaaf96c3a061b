import { consoleSignInMain } from '../../src/server/cloudbase/console-sign-in.main'

export const main = consoleSignInMain()
