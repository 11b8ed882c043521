/** Talking to the cloud: one interface, the binding picked per platform by file name. */
export { callFunction, ensureSignedIn, type SignInState } from './cloud/binding'
