import { Alert } from '@mantine/core';
import { errorMessage, fieldErrorsOf } from '../api/errors.js';

/**
 * A form's refusal that names no field (a rule, a conflict, the network): said above the form, since
 * refusals naming a field are shown under that field.
 */
export function FormErrorAlert({ error }: { error: unknown }) {
  if (!error || Object.keys(fieldErrorsOf(error)).length > 0) return null;
  return (
    <Alert color="red" role="alert">
      {errorMessage(error)}
    </Alert>
  );
}
