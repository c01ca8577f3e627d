/* Private to the front-end helpers: the registry of temporary files that a
 * signal must remove. */
#ifndef CLI_INT_H
#define CLI_INT_H

/* Remember path as a temporary file; returns its slot (exits when full). */
int cli_temp_add(const char *path);

/* The path in slot. */
const char *cli_temp_path(int slot);

/* Stop tracking slot without removing the file (it was renamed). */
void cli_temp_forget(int slot);

/* Remove the file in slot (if still tracked) and stop tracking it. */
void cli_temp_remove(int slot);

#endif
