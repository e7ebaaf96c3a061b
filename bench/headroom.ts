import { benchApi } from './api.bench'

// Only the HTTP figures (the host against the bare server), for profiling the host's request path.
benchApi().catch((error: unknown) => {
  console.error(error)
  process.exitCode = 1
})
