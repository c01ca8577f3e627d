/* Front-end helpers: output files written atomically (temp file + rename);
 * a device or a pipe named as output (/dev/null, a FIFO) is written in place,
 * since renaming over it would replace it with a file. */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <limits.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli.h"
#include "cli-int.h"

struct cli_out {
	FILE *fp;
	char *path;
	int slot;		/* temp-file slot, -1 for stdout or in place */
	int direct;		/* written in place: not a regular file */
};

/* Is path an existing file that is not a regular file (a device, a FIFO)? */
static int
not_regular(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 && !S_ISREG(st.st_mode) &&
	    !S_ISDIR(st.st_mode);
}

/* Make "DIR/.NAME.XXXXXX" beside path. */
static int
temp_name(const char *path, char *buf, size_t n)
{
	char *d = strdup(path), *b = strdup(path);
	int r = -1;

	if (d != NULL && b != NULL)
		r = snprintf(buf, n, "%s/.%s.XXXXXX", dirname(d), basename(b));
	free(d);
	free(b);
	return r < 0 || (size_t)r >= n ? -1 : 0;
}

cli_out *
cli_out_open(const char *path, int mode)
{
	cli_out *o = calloc(1, sizeof(*o));
	char tmp[PATH_MAX];
	int fd = -1;

	if (o == NULL)
		cli_fatal("out of memory");
	o->slot = -1;
	if (path == NULL || strcmp(path, "-") == 0) {
		o->fp = stdout;
		return o;
	}
	if (not_regular(path)) {
		o->direct = 1;
		if ((o->path = strdup(path)) == NULL ||
		    (o->fp = fopen(path, "w")) == NULL)
			cli_fatal("'%s': cannot open: %s", path,
			    strerror(errno));
		return o;
	}
	if (temp_name(path, tmp, sizeof(tmp)) == 0)
		fd = mkstemp(tmp);
	if (fd < 0)
		cli_fatal("'%s': cannot create: %s", path, strerror(errno));
	fchmod(fd, (mode_t)mode);
	o->slot = cli_temp_add(tmp);
	o->path = strdup(path);
	if ((o->fp = fdopen(fd, "w")) == NULL || o->path == NULL)
		cli_fatal("'%s': %s", path, strerror(errno));
	return o;
}

FILE *
cli_out_fp(cli_out *o)
{
	return o->fp;
}

const char *
cli_out_temp(const cli_out *o)
{
	if (o->direct)
		return o->path;
	return o->slot < 0 ? NULL : cli_temp_path(o->slot);
}

static void
out_free(cli_out *o)
{
	if (o->slot >= 0)
		cli_temp_remove(o->slot);
	free(o->path);
	free(o);
}

int
cli_out_commit(cli_out *o)
{
	int bad;

	if (o->slot < 0) {
		bad = fflush(o->fp) != 0 || ferror(o->fp);
		if (o->direct)
			bad = fclose(o->fp) != 0 || bad;
		if (bad)
			cli_error("write error on %s: %s", o->direct ? o->path :
			    "standard output", strerror(errno));
		free(o->path);
		free(o);
		return bad ? -1 : 0;
	}
	bad = fflush(o->fp) != 0 || ferror(o->fp) || fsync(fileno(o->fp)) != 0;
	bad = (fclose(o->fp) != 0) || bad;
	if (!bad && rename(cli_temp_path(o->slot), o->path) == 0) {
		cli_temp_forget(o->slot);
		out_free(o);
		return 0;
	}
	cli_error("'%s': write error: %s", o->path, strerror(errno));
	out_free(o);
	return -1;
}

void
cli_out_abort(cli_out *o)
{
	if (o == NULL)
		return;
	if (o->slot >= 0 || o->direct)
		fclose(o->fp);
	out_free(o);
}
