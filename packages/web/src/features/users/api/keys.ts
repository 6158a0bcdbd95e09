/** The users feature's query keys. */
export const usersKeys = {
  users: ['users'] as const,
  teams: ['teams'] as const,
  groupMappings: ['identity-mappings'] as const,
};
