// The theme tokens (--td-*): component styles come with each component, the tokens only from here.
import 'tdesign-react/es/style/index.css'
import { createRoot } from 'react-dom/client'
import { App } from './app'

createRoot(document.getElementById('root')!).render(<App />)
