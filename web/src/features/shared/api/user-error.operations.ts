import { graphql } from '@/gql';

/**
 * What every mutation payload's `error` is selected as, so each form reads the
 * same shape; `field` names the input the failure is about (when there is one),
 * for the form to mark it.
 */
export const userErrorFields = graphql(`
  fragment UserErrorFields on UserError {
    code
    message
    field
  }
`);
