import { runPost } from './start/post.js'

await runPost()
