/* Front-end helpers: finding the data files of schemas/ (labels, code
 * lists, XML Schema) wherever landrec runs from. */
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* dir when it holds probe (a new string), else NULL. */
static char *
holds(const char *dir, const char *probe)
{
	char path[PATH_MAX];
	int n = snprintf(path, sizeof(path), "%s/%s", dir, probe);

	if (n < 0 || (size_t)n >= sizeof(path) || access(path, R_OK) != 0)
		return NULL;
	return strdup(dir);
}

char *
cli_data_dir(const char *opt, const char *probe)
{
	const char *env = getenv("LANDREC_SCHEMAS");
	char path[PATH_MAX], *self, *d = NULL;

	if (opt != NULL)
		return strdup(opt);
	if (env != NULL && *env != '\0' && (d = holds(env, probe)) != NULL)
		return d;
	if ((self = realpath("/proc/self/exe", NULL)) != NULL) {
		if ((size_t)snprintf(path, sizeof(path), "%s/../../schemas",
		    dirname(self)) < sizeof(path))
			d = holds(path, probe);
		free(self);
	}
	return d != NULL ? d : strdup(LR_DATADIR);
}
