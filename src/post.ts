import { runPost } from './modes/post.js'

await runPost()
