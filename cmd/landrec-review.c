/* review: pages and sheets for a person to verify what OCR was unsure of,
 * and applying the corrections back to the record stream. */
#include <ctype.h>
#include <errno.h>
#include <getopt.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "fe/cli.h"
#include "fe/cli-html.h"
#include "image/image.h"
#include "review/review.h"
#include "record/record.h"
#include "util/util.h"

static const char usage[] =
    "usage: landrec-review [-qhV] --html DIR [--base DIR] [--margin N] [file ...]\n"
    "       landrec-review [-qhV] --template FILE.tsv [file ...]\n"
    "       landrec-review [-qhV] --apply FILE.tsv [-o file] [file ...]\n";

static const char help[] =
    "Verify fields that OCR was unsure of and owners not linked to a personal ID.\n"
    "\n"
    "      --html DIR       write a page per document to check, with crops of\n"
    "                       the scan, and DIR/index.html (mode 0700/0600)\n"
    "      --base DIR       relative scan paths are under DIR (default .)\n"
    "      --margin N       pixels of the scan around each field (default 24)\n"
    "      --template FILE  write a correction sheet (TSV, mode 0600)\n"
    "      --apply FILE     apply a filled correction sheet to the records\n"
    "  -o, --output FILE    write the records to FILE atomically (--apply)\n"
    "  -q, --quiet          no summary\n"
    "  -h, --help           show this help and exit\n"
    "  -V, --version        show the version and exit\n"
    "\n"
    "Records are read from the files, or standard input.  In a sheet, a tab,\n"
    "newline or backslash in a value is written \\t, \\n or \\\\.\n";

enum mode { M_NONE, M_HTML, M_TEMPLATE, M_APPLY };

struct run {
	enum mode mode;
	const char *arg;	/* the DIR or FILE of the mode */
	const char *base;
	int margin;
	FILE *out;
	lr_sheet *sheet;
	lr_review_doc *docs;	/* --html: the index */
	size_t ndocs, cap;
	long records, items, changed, crops;
};

static char *
xstrdup(const char *s)
{
	char *d = strdup(s);

	if (d == NULL)
		cli_fatal("out of memory");
	return d;
}

/* Make the directory path, readable by its owner only. */
static void
private_dir(const char *path)
{
	if (mkdir(path, 0700) != 0 && errno != EEXIST)
		cli_fatal("'%s': cannot create: %s", path, strerror(errno));
	if (chmod(path, 0700) != 0)
		cli_fatal("'%s': %s", path, strerror(errno));
}

/* Write len bytes to path atomically, mode 0600. */
static int
write_bytes(const char *path, const void *buf, size_t len)
{
	cli_out *o = cli_out_open(path, 0600);

	fwrite(buf, 1, len, cli_out_fp(o));
	return cli_out_commit(o);
}

/* Write page h (freed here) to path atomically, mode 0600. */
static void
write_page(const char *path, lr_html *h)
{
	if (h == NULL)
		cli_fatal("out of memory");
	cli_html_write(path, 0600, h);
	lr_html_free(h);
}

/* Is the page file name taken? */
static int
taken(const struct run *r, const char *name)
{
	if (strcmp(name, "index.html") == 0)
		return 1;
	for (size_t i = 0; i < r->ndocs; i++)
		if (strcmp(r->docs[i].page, name) == 0)
			return 1;
	return 0;
}

#define STEMSZ 160

/* The stem of the page of document id: its letters, digits, "-", "_" and
 * "." (others become "_"), made unique with "-2", "-3"... */
static void
page_stem(const struct run *r, const char *id, char stem[STEMSZ])
{
	char base[STEMSZ - 20], name[STEMSZ + 8];
	size_t n = 0;
	int ok;

	for (const char *s = id; *s != '\0' && n < sizeof(base) - 1; s++) {
		ok = isalnum((unsigned char)*s) || *s == '-' || *s == '_' ||
		    (*s == '.' && n > 0);
		base[n++] = ok ? *s : '_';
	}
	if (n == 0)
		base[n++] = '_';
	base[n] = '\0';
	snprintf(stem, STEMSZ, "%s", base);
	snprintf(name, sizeof(name), "%s.html", stem);
	for (int k = 2; taken(r, name); k++) {
		snprintf(stem, STEMSZ, "%s-%d", base, k);
		snprintf(name, sizeof(name), "%s.html", stem);
	}
}

/* Cut and write the crops of the items; returns their file names relative
 * to the pages (NULL where there is none), to be freed by the caller. */
static char **
cut_crops(struct run *r, const json_t *rec, const lr_item *it, size_t n,
    const char *stem)
{
	char **crops = calloc(n, sizeof(*crops)), rel[256], path[PATH_MAX];
	lr_crops *c = lr_crops_new(rec, r->base);
	unsigned char *png;
	size_t len;
	lr_err err;

	if (crops == NULL || c == NULL)
		cli_fatal("out of memory");
	for (size_t i = 0; i < n; i++) {
		if (it[i].page == 0)
			continue;
		if (lr_crops_png(c, it[i].page, it[i].bbox, r->margin, &png,
		    &len, &err) != 0) {
			cli_error("'%s': %s: %s", lr_record_id(rec), it[i].field,
			    err.msg);
			continue;
		}
		snprintf(rel, sizeof(rel), "img/%s-%zu.png", stem, i + 1);
		snprintf(path, sizeof(path), "%s/%s", r->arg, rel);
		if (write_bytes(path, png, len) == 0) {
			crops[i] = xstrdup(rel);
			r->crops++;
		}
		free(png);
	}
	lr_crops_free(c);
	return crops;
}

/* Remember document rec for the index. */
static lr_review_doc *
index_add(struct run *r, const json_t *rec, const char *stem)
{
	lr_review_doc *d;
	const char *num = json_string_value(json_object_get(json_object_get(rec,
	    "decision"), "number"));
	char name[STEMSZ + 8];

	if (lr_reserve(&r->docs, &r->cap, r->ndocs, sizeof(*r->docs), 64) != 0)
		cli_fatal("out of memory");
	d = &r->docs[r->ndocs++];
	memset(d, 0, sizeof(*d));
	snprintf(name, sizeof(name), "%s.html", stem);
	d->id = xstrdup(lr_record_id(rec));
	d->page = xstrdup(name);
	d->commune = xstrdup(lr_record_commune(rec));
	d->number = xstrdup(num != NULL ? num : "");
	return d;
}

static void
html_doc(struct run *r, const json_t *rec, const lr_item *it, size_t n)
{
	char stem[STEMSZ], path[PATH_MAX], **crops;
	lr_review_doc *d;

	page_stem(r, lr_record_id(rec), stem);
	crops = cut_crops(r, rec, it, n, stem);
	d = index_add(r, rec, stem);
	for (size_t i = 0; i < n; i++)
		*(it[i].owner != NULL ? &d->owners : &d->fields) += 1;
	snprintf(path, sizeof(path), "%s/%s", r->arg, d->page);
	write_page(path, lr_review_page(rec, it, n, crops, "index.html"));
	for (size_t i = 0; i < n; i++)
		free(crops[i]);
	free(crops);
}

static void
html_index(struct run *r)
{
	char path[PATH_MAX];

	snprintf(path, sizeof(path), "%s/index.html", r->arg);
	write_page(path, lr_review_index(r->docs, r->ndocs));
	for (size_t i = 0; i < r->ndocs; i++) {
		free(r->docs[i].id);
		free(r->docs[i].page);
		free(r->docs[i].commune);
		free(r->docs[i].number);
	}
	free(r->docs);
}

/* A problem on a line of the correction sheet. */
static void
sheet_problem(size_t line, const char *msg, void *ctx)
{
	const struct run *r = ctx;

	cli_error("%s:%zu: %s", r->arg, line, msg);
}

static int
on_record(json_t *rec, void *ctx)
{
	struct run *r = ctx;
	lr_item *it = NULL;
	size_t n = 0;

	r->records++;
	if (r->mode == M_APPLY) {
		r->changed += lr_sheet_apply(r->sheet, rec, sheet_problem, r);
		cli_write_record(r->out, rec);
	} else if ((it = lr_items_of(rec, &n)) != NULL) {
		r->items += (long)n;
		if (r->mode == M_HTML)
			html_doc(r, rec, it, n);
		else
			lr_sheet_write_rows(r->out, rec, it, n);
	}
	lr_items_free(it, n);
	json_decref(rec);
	return 0;
}

static void
set_mode(struct run *r, enum mode m, const char *arg)
{
	if (r->mode != M_NONE) {
		cli_warn("--html, --template and --apply exclude each other");
		cli_usage_error(usage);
	}
	r->mode = m;
	r->arg = arg;
}

/* Open what the mode writes to. */
static cli_out *
start(struct run *r, const char *output)
{
	char img[PATH_MAX];
	cli_out *o;
	lr_err err;

	if (r->mode == M_HTML) {
		private_dir(r->arg);
		snprintf(img, sizeof(img), "%s/img", r->arg);
		private_dir(img);
		return NULL;
	}
	if (r->mode == M_APPLY &&
	    (r->sheet = lr_sheet_load(r->arg, sheet_problem, r, &err)) == NULL) {
		lr_err_prefix(&err, "%s: ", r->arg);
		cli_stop(&err);
	}
	o = cli_out_open(r->mode == M_TEMPLATE ? r->arg : output, 0600);
	r->out = cli_out_fp(o);
	if (r->mode == M_TEMPLATE)
		lr_sheet_write_header(r->out);
	return o;
}

static void
finish(struct run *r, cli_out *o)
{
	if (r->mode == M_HTML) {
		html_index(r);
		cli_note("%ld records, %zu pages, %ld items, %ld crops in %s",
		    r->records, r->ndocs, r->items, r->crops, r->arg);
		return;
	}
	cli_out_commit(o);
	if (r->mode == M_TEMPLATE) {
		cli_note("%ld records, %ld rows in %s", r->records, r->items,
		    r->arg);
		return;
	}
	lr_sheet_unused(r->sheet, sheet_problem, r);
	lr_sheet_free(r->sheet);
	cli_note("%ld records, %ld rows applied", r->records, r->changed);
}

static int
margin(const char *s)
{
	char *end;
	long v = strtol(s, &end, 10);

	if (*s == '\0' || *end != '\0' || v < 0 || v > 2000) {
		cli_warn("--margin: not a number of pixels (0-2000): '%s'", s);
		cli_usage_error(usage);
	}
	return (int)v;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "html", required_argument, NULL, 'H' },
		{ "template", required_argument, NULL, 'T' },
		{ "apply", required_argument, NULL, 'A' },
		{ "base", required_argument, NULL, 'B' },
		{ "margin", required_argument, NULL, 'M' },
		{ "output", required_argument, NULL, 'o' },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct run r = { .margin = 24 };
	const char *output = NULL;
	cli_out *o;
	int c;

	cli_init("landrec-review");
	while ((c = getopt_long(argc, argv, "qo:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'H': set_mode(&r, M_HTML, optarg); break;
		case 'T': set_mode(&r, M_TEMPLATE, optarg); break;
		case 'A': set_mode(&r, M_APPLY, optarg); break;
		case 'B': r.base = optarg; break;
		case 'M': r.margin = margin(optarg); break;
		case 'o': output = optarg; break;
		case 'q': cli_set_quiet(1); break;
		case 'h': fputs(usage, stdout); fputs(help, stdout);
			return cli_finish();
		case 'V': cli_version();
		default: cli_usage_error(usage);
		}
	}
	if (r.mode == M_NONE || (output != NULL && r.mode != M_APPLY))
		cli_usage_error(usage);
	o = start(&r, output);
	cli_read_records(argc - optind, argv + optind, on_record, &r);
	finish(&r, o);
	return cli_finish();
}
