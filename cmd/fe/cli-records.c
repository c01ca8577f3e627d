/* Front-end helpers: reading the record stream, rejects, writing records. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "record/record.h"

static cli_out *rejects;
static char where[4096];	/* "file:line" of the record being handled */

const char *
cli_record_where(void)
{
	return where;
}

void
cli_set_rejects(cli_out *o)
{
	rejects = o;
}

static void
reject_write(json_t *r)
{
	lr_err err;

	if (rejects != NULL &&
	    lr_record_write(cli_out_fp(rejects), r, &err) != 0)
		cli_fatal("rejects: %s", err.msg);
	json_decref(r);
}

void
cli_reject_line(const char *file, size_t lineno, const char *line,
    const char *reason)
{
	json_t *r;

	if (rejects == NULL)
		return;
	r = json_pack("{s:[s],s:s,s:I}", "reasons", reason, "file", file,
	    "lineno", (json_int_t)lineno);
	/* A line that is not valid UTF-8 cannot be kept as a JSON string. */
	json_object_set_new(r, "line", json_string(line));
	reject_write(r);
}

void
cli_reject_record(const json_t *rec, json_t *reasons, json_t *unblock)
{
	json_t *r;

	if (rejects == NULL) {
		json_decref(reasons);
		json_decref(unblock);
		return;
	}
	r = json_pack("{s:o}", "reasons", reasons);
	if (unblock != NULL)
		json_object_set_new(r, "unblock", unblock);
	json_object_set(r, "record", (json_t *)rec);
	reject_write(r);
}

void
cli_write_record(FILE *fp, const json_t *rec)
{
	lr_err err;

	if (lr_record_write(fp, rec, &err) != 0)
		cli_fatal("%s", fp == stdout ? "write error on standard output" :
		    err.msg);
}

/* Read one stream; returns -1 when fn asked to stop or reading failed. */
static int
read_stream(FILE *fp, const char *name, cli_record_fn fn, void *ctx)
{
	lr_reader *r = lr_reader_new(fp);
	enum lr_read st;
	json_t *rec;
	lr_err err;
	int ret = 0;

	if (r == NULL)
		cli_fatal("out of memory");
	while ((st = lr_reader_next(r, &rec, &err)) != LR_READ_EOF) {
		if (st == LR_READ_OK) {
			snprintf(where, sizeof(where), "%s:%zu", name,
			    lr_reader_lineno(r));
			if (fn(rec, ctx) != 0) {
				ret = -1;
				break;
			}
			continue;
		}
		cli_error("%s:%zu: %s", name, lr_reader_lineno(r), err.msg);
		if (st == LR_READ_IOERR)
			break;
		cli_reject_line(name, lr_reader_lineno(r),
		    lr_reader_line(r, NULL), err.msg);
	}
	where[0] = '\0';
	lr_reader_free(r);
	return ret;
}

int
cli_read_records(int argc, char **argv, cli_record_fn fn, void *ctx)
{
	FILE *fp;
	int ret = 0;

	if (argc == 0)
		return read_stream(stdin, "<stdin>", fn, ctx);
	for (int i = 0; i < argc && ret == 0; i++) {
		if (strcmp(argv[i], "-") == 0) {
			ret = read_stream(stdin, "<stdin>", fn, ctx);
			continue;
		}
		if ((fp = fopen(argv[i], "r")) == NULL) {
			cli_error("'%s': %s", argv[i], strerror(errno));
			continue;
		}
		ret = read_stream(fp, argv[i], fn, ctx);
		fclose(fp);
	}
	return ret;
}
