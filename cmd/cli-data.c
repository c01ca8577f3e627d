/* Front-end helpers: finding the data files of schemas/ (labels, code
 * lists, XML Schema) wherever landrec runs from. */
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

char *
cli_data_dir(const char *opt, const char *probe)
{
	const char *env = getenv("LANDREC_SCHEMAS");
	char path[PATH_MAX], *self, *d;

	if (opt != NULL)
		return strdup(opt);
	if (env != NULL && *env != '\0')
		return strdup(env);
	if ((self = realpath("/proc/self/exe", NULL)) != NULL) {
		d = dirname(self);
		snprintf(path, sizeof(path), "%s/../../schemas/%s", d, probe);
		if (access(path, R_OK) == 0) {
			snprintf(path, sizeof(path), "%s/../../schemas", d);
			free(self);
			return strdup(path);
		}
		free(self);
	}
	return strdup(LR_DATADIR);
}
