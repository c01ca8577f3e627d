/* Front-end helpers: finding landrec's files (schemas/ with labels, code
 * lists and the XML Schema; data/ with the reference data) wherever it runs
 * from, and loading the reference data the commands share. */
#include <libgen.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

/* dir/probe when it is readable (a new string), else NULL. */
static char *
holds(const char *dir, const char *probe)
{
	char *path;

	if (asprintf(&path, "%s/%s", dir, probe) < 0)
		return NULL;
	if (access(path, R_OK) != 0) {
		free(path);
		return NULL;
	}
	return path;
}

/* The folder sub (e.g. "schemas") beside the program: share/landrec/sub of
 * an installed tree, whatever its prefix or DESTDIR (PREFIX/bin/prog), or
 * sub of the source tree it was built in (TOP/build/bin/prog).  probe is a
 * file the folder must hold; the result is a new string, or NULL. */
static char *
beside_program(const char *sub, const char *probe)
{
	static const char *const up[] = { "../share/landrec", "../.." };
	char *self, *dir, *found = NULL;

	if ((self = realpath("/proc/self/exe", NULL)) == NULL)
		return NULL;
	dir = dirname(self);
	for (size_t i = 0; found == NULL && i < sizeof(up) / sizeof(up[0]); i++) {
		char *d;

		if (asprintf(&d, "%s/%s/%s", dir, up[i], sub) < 0)
			break;
		if ((found = holds(d, probe)) != NULL) {
			free(found);
			found = d;
		} else
			free(d);
	}
	free(self);
	return found;
}

/* The folder sub that holds probe: $env, the folder beside the program, or
 * else the compiled-in LR_DATADIR/sub.  A new string. */
static char *
find_dir(const char *env, const char *sub, const char *probe)
{
	const char *e = getenv(env);
	char *d;

	if (e != NULL && *e != '\0' && (d = holds(e, probe)) != NULL) {
		free(d);
		return strdup(e);
	}
	if ((d = beside_program(sub, probe)) != NULL)
		return d;
	if (asprintf(&d, "%s/%s", LR_DATADIR, sub) < 0)
		return NULL;
	return d;
}

char *
cli_data_dir(const char *opt, const char *probe)
{
	if (opt != NULL)
		return strdup(opt);
	return find_dir("LANDREC_SCHEMAS", "schemas", probe);
}

char *
cli_ref_path(const char *opt, const char *name)
{
	char *dir, *path;

	if (opt != NULL)
		return *opt != '\0' ? strdup(opt) : NULL;
	if ((dir = find_dir("LANDREC_DATA", "data", name)) == NULL)
		cli_fatal("out of memory");
	if ((path = holds(dir, name)) == NULL)
		cli_warn("'%s/%s': no such reference data (set LANDREC_DATA, "
		    "or give the file)", dir, name);
	free(dir);
	return path;
}

lr_units *
cli_units_open(const char *list, const char *map)
{
	char *lp = cli_ref_path(list, CLI_UNITS_FILE);
	char *mp = cli_ref_path(map, CLI_UNITS_MAP_FILE);
	lr_units *u = NULL;
	lr_err err;

	if ((lp != NULL || mp != NULL) && (u = lr_units_new()) == NULL)
		cli_fatal("out of memory");
	if ((lp != NULL && lr_units_load_list(u, lp, &err) != 0) ||
	    (mp != NULL && lr_units_load_map(u, mp, &err) != 0))
		cli_stop(&err);
	free(lp);
	free(mp);
	return u;
}

const char *
cli_province(const char *code, const char *usage)
{
	if (strlen(code) != 2 || strspn(code, "0123456789") != 2) {
		cli_warn("--province: not a two-digit province code: '%s'",
		    code);
		cli_usage_error(usage);
	}
	return code;
}

lr_names *
cli_names_open(const char *dir)
{
	char *found = NULL;
	lr_names *n;
	lr_err err;

	if (dir != NULL && *dir == '\0')
		return NULL;
	if (dir == NULL && (dir = found = cli_ref_path(NULL, CLI_NAMES_DIR)) == NULL)
		return NULL;
	n = lr_names_load(dir, &err);
	free(found);
	if (n == NULL)
		cli_stop(&err);
	return n;
}
