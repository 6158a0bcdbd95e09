// Request and response schemas that the web app and the CLI may import.
export { CreateUserBody, UserList, UserView } from '../platform/users/contract.ts';
