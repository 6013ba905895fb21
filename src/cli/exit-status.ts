/** Commands set the process exit status here: 0 all processed, 1 some inputs rejected. */
export const exitStatus: { value: number | undefined } = { value: undefined };
