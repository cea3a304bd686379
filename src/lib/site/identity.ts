/** The site's own name and pitch, and the title pattern of its pages. */
export const SITE_NAME = 'HTTP status codes';

export const SITE_DESCRIPTION =
  'Every HTTP status code explained: what it means, why you got it, how to fix it, with code examples and a live request you can send.';

/** The <title> of a page about `subject`: "409 Conflict – HTTP status code reference". */
export const pageTitle = (subject: string) => `${subject} – HTTP status code reference`;
