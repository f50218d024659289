/** The H5 sign-in page, coming back to `next` afterwards. */
export const citizenSignInHref = (next?: string | null) =>
  next && next !== '/h5/sign-in' ? `/h5/sign-in?next=${encodeURIComponent(next)}` : '/h5/sign-in';
