/* Tab-separated sheets: escaping and splitting cells. */
#include <stdlib.h>
#include <string.h>

#include "tsv.h"

void
lr_tsv_put(FILE *fp, const char *s, int sep)
{
	for (; s != NULL && *s != '\0'; s++) {
		switch (*s) {
		case '\\': fputs("\\\\", fp); break;
		case '\t': fputs("\\t", fp); break;
		case '\n': fputs("\\n", fp); break;
		case '\r': fputs("\\r", fp); break;
		default: fputc(*s, fp);
		}
	}
	if (sep != 0)
		fputc(sep, fp);
}

/* Unescape the cell s in place.  Returns 0, or -1 on a bad escape. */
static int
unescape(char *s)
{
	char *w = s;

	for (; *s != '\0'; s++) {
		if (*s != '\\') {
			*w++ = *s;
			continue;
		}
		switch (*++s) {
		case '\\': *w++ = '\\'; break;
		case 't': *w++ = '\t'; break;
		case 'n': *w++ = '\n'; break;
		case 'r': *w++ = '\r'; break;
		default: return -1;
		}
	}
	*w = '\0';
	return 0;
}

int
lr_tsv_split(char *line, char **cells, int max)
{
	int n = 0;
	char *tab;

	for (;;) {
		tab = strchr(line, '\t');
		if (tab != NULL)
			*tab = '\0';
		if (unescape(line) != 0)
			return -1;
		if (n < max)
			cells[n] = line;
		n++;
		if (tab == NULL)
			return n;
		line = tab + 1;
	}
}

/* Split line at tabs into at most max cells; strip the newline. */
static int
split(char *line, char **f, int max)
{
	int n = 0;

	line[strcspn(line, "\r\n")] = '\0';
	f[n++] = line;
	for (char *p = line; *p != '\0' && n < max; p++)
		if (*p == '\t') {
			*p = '\0';
			f[n++] = p + 1;
		}
	return n;
}

int
lr_tsv_read_data(const char *path, lr_tsv_row fn, void *ctx, lr_err *err)
{
	char *line = NULL, *f[4];
	size_t cap = 0;
	int lineno = 0, rc = 0;
	FILE *fp;

	if ((fp = fopen(path, "r")) == NULL) {
		lr_err_sys(err, "'%s': cannot open", path);
		return -1;
	}
	while (rc == 0 && getline(&line, &cap, fp) != -1) {
		lineno++;
		if (line[0] == '#' || line[strspn(line, " \t\r\n")] == '\0')
			continue;
		if ((rc = fn(ctx, f, split(line, f, 4), err)) != 0)
			lr_err_prefix(err, "'%s': line %d: ", path, lineno);
	}
	free(line);
	fclose(fp);
	return rc;
}
