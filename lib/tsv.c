/* Tab-separated sheets: escaping and splitting cells. */
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
