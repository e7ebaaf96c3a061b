import { z } from 'zod'

// WeChat forbids `new Function`/eval in mini-programs; jitless keeps zod off that path.
z.config({ jitless: true })

export { z }
