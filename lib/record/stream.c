/* The record stream: reading and writing JSON Lines with jansson. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "stream.h"
#include "text/text.h"

struct lr_reader {
	FILE *fp;
	char *line;
	size_t cap;
	ssize_t len;
	size_t lineno;
};

lr_reader *
lr_reader_new(FILE *fp)
{
	lr_reader *r = calloc(1, sizeof(*r));

	if (r != NULL)
		r->fp = fp;
	return r;
}

static int
blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (s[i] != ' ' && s[i] != '\t' && s[i] != '\r')
			return 0;
	return 1;
}

enum lr_read
lr_record_parse(const char *line, size_t len, json_t **rec, lr_err *err)
{
	json_error_t je;
	json_t *j;

	*rec = NULL;
	if (memchr(line, '\0', len) != NULL) {
		lr_err_set(err, "NUL byte in line");
		return LR_READ_BAD;
	}
	j = json_loadb(line, len, JSON_REJECT_DUPLICATES, &je);
	if (j == NULL) {
		lr_err_set(err, "invalid JSON at column %d: %s", je.column, je.text);
		return LR_READ_BAD;
	}
	if (!json_is_object(j)) {
		json_decref(j);
		lr_err_set(err, "record is not a JSON object");
		return LR_READ_BAD;
	}
	*rec = j;
	return LR_READ_OK;
}

enum lr_read
lr_reader_next_line(lr_reader *r, const char **line, size_t *len, lr_err *err)
{
	for (;;) {
		errno = 0;
		r->len = getline(&r->line, &r->cap, r->fp);
		if (r->len < 0) {
			if (ferror(r->fp)) {
				lr_err_sys(err, "read error: %s", strerror(errno));
				return LR_READ_IOERR;
			}
			return LR_READ_EOF;
		}
		r->lineno++;
		if (r->len > 0 && r->line[r->len - 1] == '\n')
			r->line[--r->len] = '\0';
		if (!blank(r->line, r->len)) {
			*line = r->line;
			*len = (size_t)r->len;
			return LR_READ_OK;
		}
	}
}

enum lr_read
lr_reader_next(lr_reader *r, json_t **rec, lr_err *err)
{
	const char *line;
	size_t len;
	enum lr_read st;

	*rec = NULL;
	if ((st = lr_reader_next_line(r, &line, &len, err)) != LR_READ_OK)
		return st;
	return lr_record_parse(line, len, rec, err);
}

size_t
lr_reader_lineno(const lr_reader *r)
{
	return r->lineno;
}

const char *
lr_reader_line(const lr_reader *r, size_t *len)
{
	if (len != NULL)
		*len = r->len > 0 ? (size_t)r->len : 0;
	return r->line != NULL ? r->line : "";
}

void
lr_reader_free(lr_reader *r)
{
	if (r == NULL)
		return;
	free(r->line);
	free(r);
}

int
lr_record_write(FILE *fp, const json_t *rec, lr_err *err)
{
	if (json_dumpf(rec, fp, JSON_COMPACT | JSON_REAL_PRECISION(12)) != 0 || putc('\n', fp) == EOF) {
		lr_err_sys(err, "write error: %s", strerror(errno));
		return -1;
	}
	return 0;
}

const char *
lr_record_id(const json_t *rec)
{
	const char *id = json_string_value(json_object_get(rec, "id"));

	return id != NULL ? id : "";
}

int
lr_json_set_str(json_t *obj, const char *key, const char *s)
{
	char *nfc;

	if (s == NULL)
		return json_object_set_new(obj, key, json_null());
	if ((nfc = lr_nfc(s)) == NULL)
		return -1;
	json_object_set_new(obj, key, json_string(nfc));
	free(nfc);
	return 0;
}
