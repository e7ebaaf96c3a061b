import { defineFunction } from '../define-function'
import { rehearsalActions } from './rehearsal.actions'

/**
 * The console's 演练 on its own: a rehearsal runs two simulated months (seconds of CPU), so it gets a
 * longer timeout and more memory (deploy/functions.json) and keeps the simulator out of every other
 * function's bundle.
 */
export const rehearsalFunction = defineFunction('rehearsal', { actions: rehearsalActions })
