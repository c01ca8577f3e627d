/* table-import: land registers kept in spreadsheets (CSV, XLSX) into the
 * record stream, one record a parcel with its holders, every value
 * cleaned with its original kept and problems put up for review. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "extract/extract.h"
#include "table/table.h"
#include "text/text.h"
#include "fe/cli.h"

static const char usage[] =
    "usage: table-import [--encoding name] [--delimiter c] [--map file]\n"
    "                    [--province code] [--show-map] [-qhV] [-o file]\n"
    "                    [--write-back file.xlsx [--linked file]] file ...\n";

static const char help[] =
    "Read land registers (CSV, XLSX or XLS) and write one record a parcel.\n"
    "\n"
    "      --encoding NAME      CSV encoding (default: auto, UTF-8 with or\n"
    "                           without BOM, WINDOWS-1258 or TCVN3)\n"
    "      --delimiter C        CSV field separator (default: guessed)\n"
    "      --map FILE           'column label = field' lines overriding\n"
    "                           the labels found\n"
    "      --province CODE      resolve commune names in this province\n"
    "      --show-map           print the header and fields found, no records\n"
    "      --write-back FILE    also write the registers to FILE (XLSX, mode\n"
    "                           0600): the original cells, the cleaned values,\n"
    "                           the 12-digit ID linked, a status and the\n"
    "                           problems of each row, and a summary sheet\n"
    "      --linked FILE        with --write-back: the records after\n"
    "                           parcel-match, for the IDs linked and the status\n"
    "  -o, --output FILE        write records to FILE (default stdout)\n"
    "  -q, --quiet              no summary\n"
    "  -h, --help               show this help and exit\n"
    "  -V, --version            show the version and exit\n";

#define HEAD_ROWS 64	/* rows read before the header is looked for */
#define BATCH 4096	/* rows read at a time after it */

struct opts {
	const char *encoding, *map, *province, *output, *back, *linked;
	int delim, show_map;
};

struct run {
	const struct opts *o;
	lr_tlabels *labels;
	lr_units *units;
	lr_extractor *x;
	lr_importer *im;
	lr_tback *back;		/* --write-back, or NULL */
	json_t *linked;		/* --linked: record id -> record */
	FILE *out;
	long rows, records, reviewed;
};

/* lr_land_use_fn through the extractor's land-use names. */
static int
land_use(void *ctx, const char *text, char code[4])
{
	return lr_extract_land_use(ctx, text, code);
}

/* The record after parcel-match of rec (--linked), or rec itself. */
static const json_t *
linked_of(const struct run *r, const json_t *rec)
{
	const json_t *l = r->linked ? json_object_get(r->linked,
	    json_string_value(json_object_get(rec, "id"))) : NULL;

	return l ? l : rec;
}

static int
emit(json_t *rec, void *ctx)
{
	struct run *r = ctx;

	r->records++;
	r->reviewed += json_array_size(json_object_get(rec, "review")) > 0;
	if (r->back != NULL && lr_tback_add(r->back, linked_of(r, rec)) != 0)
		cli_fatal("out of memory");
	cli_write_record(r->out, rec);
	json_decref(rec);
	return 0;
}

/* --show-map: the header rows and each column's field. */
static void
show_map(const char *file, const lr_tgrid *g, const lr_tmap *m)
{
	printf("%s%s%s: header row %ld", file, g->sheet ? ":" : "",
	    g->sheet ? g->sheet : "", lr_tgrid_row(g, m->head)->n);
	if (m->body - m->head > 1)
		printf("-%ld", lr_tgrid_row(g, m->body - 1)->n);
	printf("%s\n", m->area_ha ? "; area in hectares" : "");
	for (int c = 0; c < m->ncols; c++)
		if (m->label[c][0] != '\0' || m->field[c] != LR_TF_NONE)
			printf("  %s = %s\n", m->label[c], m->field[c] ?
			    lr_tfield_name(m->field[c]) : "-");
}

/* Where a sheet's further rows come from: a CSV file, an XLSX worksheet,
 * or nowhere (the sheet was read whole). */
struct source {
	lr_tcsv *csv;
	lr_xsheet *xs;
};

/* Add up to n more rows of src to g: how many, or -1 with err set. */
static long
more_rows(struct source *src, lr_tgrid *g, size_t n, lr_err *err)
{
	if (src->csv != NULL)
		return lr_tcsv_more(src->csv, g, n, err);
	return src->xs ? lr_xsheet_more(src->xs, g, n, err) : 0;
}

/* Make the records of g, reading more rows from src a batch at a time
 * and dropping those read, unless --write-back needs the sheet whole.
 * Returns the data rows, or -1 with err set. */
static long
records(struct run *r, const char *file, lr_tgrid *g, const lr_tmap *m,
    struct source *src, lr_err *err)
{
	long rows = 0, more = 1;

	if (lr_importer_start(r->im, g, m, file, emit, r) != 0)
		cli_fatal("out of memory");
	while (more > 0) {
		rows += lr_importer_rows(r->im);
		if (r->back == NULL)
			lr_tgrid_drop(g, lr_importer_next(r->im));
		more = more_rows(src, g, BATCH, err);
	}
	lr_importer_finish(r->im);
	return more < 0 ? -1 : rows;
}

/* One sheet, its first rows in g: find its table, make its records.
 * Returns 0, or -1 with err set when no row names the columns. */
static int
do_sheet(struct run *r, const char *file, lr_tgrid *g, struct source *src,
    lr_err *nohead)
{
	lr_tmap m;
	lr_err err;
	long n;

	if (lr_tmap_find(g, r->labels, &m, nohead) != 0) {
		lr_err_prefix(nohead, "%s%s%s: ", file, g->sheet ? ": sheet " : "",
		    g->sheet ? g->sheet : "");
		return -1;
	}
	if (r->o->show_map)
		show_map(file, g, &m);
	else if ((n = records(r, file, g, &m, src, &err)) < 0) {
		if (src->xs != NULL)	/* lr_tcsv_more() names the file */
			lr_err_prefix(&err, "%s: ", file);
		cli_report(&err);
	} else {
		r->rows += n;
		if (r->back != NULL && lr_tback_sheet(r->back, g, &m, file, &err) != 0)
			cli_stop(&err);
	}
	lr_tmap_release(&m);
	return 0;
}

/* A workbook: XLSX or the older XLS, one of the two open. */
struct book {
	lr_xlsx *xlsx;
	lr_xls *xls;
};

/* 1 when path ends in ext (any case). */
static int
ends_in(const char *path, const char *ext)
{
	size_t n = strlen(path), e = strlen(ext);

	return n > e && strcasecmp(path + n - e, ext) == 0;
}

static int
book_sheets(const struct book *b)
{
	return b->xlsx ? lr_xlsx_sheets(b->xlsx) : lr_xls_sheets(b->xls);
}

/* Sheet i of b: an XLSX worksheet opened in src with its first rows
 * read, or an XLS sheet read whole.  NULL with err set. */
static lr_tgrid *
book_sheet(struct book *b, int i, struct source *src, lr_err *err)
{
	lr_tgrid *g;

	if (b->xls != NULL)
		return lr_xls_read(b->xls, i, err);
	if ((src->xs = lr_xsheet_open(b->xlsx, i, err)) == NULL)
		return NULL;
	if ((g = lr_tgrid_new(lr_xlsx_sheet_name(b->xlsx, i))) == NULL)
		cli_fatal("out of memory");
	if (lr_xsheet_more(src->xs, g, HEAD_ROWS, err) < 0) {
		lr_tgrid_free(g);
		return NULL;
	}
	return g;
}

/* The sheets of a workbook without a header: a note when another sheet
 * had one (a summary or a notes sheet beside the register), else data
 * errors. */
static void
headless(lr_err *v, size_t n, int found)
{
	for (size_t k = 0; k < n; k++)
		if (found)
			cli_note("%s; skipped, another sheet has one", v[k].msg);
		else
			cli_report(&v[k]);
}

/* Every sheet of a workbook. */
static void
do_book(struct run *r, const char *file)
{
	lr_err err, *nohead = NULL;
	struct book b = { NULL, NULL };
	size_t n = 0, cap = 0;
	int found = 0;

	if (ends_in(file, ".xlsx"))
		b.xlsx = lr_xlsx_open(file, &err);
	else
		b.xls = lr_xls_open(file, &err);
	if (b.xlsx == NULL && b.xls == NULL) {
		cli_report(&err);
		return;
	}
	for (int i = 0; i < book_sheets(&b); i++) {
		struct source src = { NULL, NULL };
		lr_tgrid *g = book_sheet(&b, i, &src, &err);
		if (g == NULL) {
			lr_err_prefix(&err, "%s: ", file);
			cli_report(&err);
		} else if (g->nrows == 0)
			;	/* an empty sheet */
		else if (do_sheet(r, file, g, &src, &err) == 0)
			found = 1;
		else {
			if (lr_reserve(&nohead, &cap, n, sizeof(*nohead), 4) != 0)
				cli_fatal("out of memory");
			nohead[n++] = err;
		}
		lr_xsheet_close(src.xs);
		lr_tgrid_free(g);
	}
	headless(nohead, n, found);
	free(nohead);
	lr_xlsx_close(b.xlsx);
	lr_xls_close(b.xls);
}

/* A CSV file, read a batch at a time after the rows the header is
 * looked for in. */
static void
do_csv(struct run *r, const char *file)
{
	lr_err err;
	struct source src = { lr_tcsv_open(file, r->o->encoding, r->o->delim,
	    &err), NULL };
	lr_tgrid *g;

	if (src.csv == NULL) {
		cli_report(&err);	/* names the file */
		return;
	}
	if ((g = lr_tgrid_new(NULL)) == NULL)
		cli_fatal("out of memory");
	if (lr_tcsv_more(src.csv, g, HEAD_ROWS, &err) < 0 ||
	    do_sheet(r, file, g, &src, &err) != 0)
		cli_report(&err);
	lr_tgrid_free(g);
	lr_tcsv_close(src.csv);
}

static void
do_file(struct run *r, const char *file)
{
	if (ends_in(file, ".xlsx") || ends_in(file, ".xls"))
		do_book(r, file);
	else
		do_csv(r, file);
}

/* Load the labels, the map, the units and the land-use names. */
static void
setup(struct run *r, const struct opts *o)
{
	char *dir = cli_data_dir(NULL, "table-labels.tsv"), *path = NULL;
	lr_err err;

	if (asprintf(&path, "%s/table-labels.tsv", dir) < 0)
		cli_fatal("out of memory");
	if ((r->labels = lr_tlabels_load(path, &err)) == NULL)
		cli_fatal("%s", err.msg);	/* a library data file */
	if (o->map && lr_tlabels_add_map(r->labels, o->map, &err) != 0)
		cli_stop(&err);
	r->units = cli_units_open(NULL, NULL);
	if ((r->x = lr_extractor_new(dir, r->units, &err)) == NULL)
		cli_fatal("%s", err.msg);
	if ((r->im = lr_importer_new(r->units, o->province, land_use, r->x)) == NULL)
		cli_fatal("out of memory");
	free(path);
	free(dir);
}

/* --linked: a record by its id. */
static int
on_linked(json_t *rec, void *ctx)
{
	struct run *r = ctx;
	const char *id = json_string_value(json_object_get(rec, "id"));

	if (id != NULL && json_object_set(r->linked, id, rec) != 0)
		cli_fatal("out of memory");
	json_decref(rec);
	return 0;
}

/* --write-back: the workbook at a temporary name beside the target, and
 * the linked records. */
static cli_out *
back_open(struct run *r, const struct opts *o)
{
	cli_out *out;
	lr_err err;

	if (o->back == NULL || o->show_map)
		return NULL;
	if (o->linked != NULL) {
		if ((r->linked = json_object()) == NULL)
			cli_fatal("out of memory");
		cli_read_records(1, (char **)&o->linked, on_linked, r);
	}
	out = cli_out_open(o->back, 0600);
	if ((r->back = lr_tback_new(cli_out_temp(out), &err)) == NULL)
		cli_stop(&err);
	return out;
}

/* Finish the workbook and put it in place. */
static void
back_close(struct run *r, cli_out *out)
{
	lr_err err;

	if (out == NULL)
		return;
	if (lr_tback_close(r->back, &err) != 0) {
		cli_out_abort(out);
		cli_stop(&err);
	}
	cli_out_commit(out);
	json_decref(r->linked);
}

/* "N rows: N records, N for review (kind N, ...)" unless quiet. */
static void
summary(const struct run *r)
{
	const json_t *kinds = lr_importer_kinds(r->im), *n;
	const char *k;
	char buf[1024] = "";
	size_t len = 0;

	json_object_foreach((json_t *)kinds, k, n)
		if (len < sizeof(buf))
			len += (size_t)snprintf(buf + len, sizeof(buf) - len,
			    "%s%s %lld", len ? ", " : " (", k,
			    (long long)json_integer_value(n));
	cli_note("%ld rows: %ld records, %ld for review%s%s", r->rows,
	    r->records, r->reviewed, buf, len ? ")" : "");
}

static int
import(const struct opts *o, int argc, char **argv)
{
	struct run r = { .o = o };
	cli_out *out = NULL, *back;

	setup(&r, o);
	back = back_open(&r, o);
	if (!o->show_map) {
		out = cli_out_open(o->output, 0600);
		r.out = cli_out_fp(out);
	}
	for (int i = 0; i < argc; i++)
		do_file(&r, argv[i]);
	if (out != NULL)
		cli_out_commit(out);
	back_close(&r, back);
	if (!o->show_map)
		summary(&r);
	lr_importer_free(r.im);
	lr_extractor_free(r.x);
	lr_units_free(r.units);
	lr_tlabels_free(r.labels);
	return cli_finish();
}

static void
option(struct opts *o, int c)
{
	switch (c) {
	case 'E': o->encoding = optarg; break;
	case 'D':
		if (strlen(optarg) != 1 && strcmp(optarg, "\\t") != 0) {
			cli_warn("--delimiter: one character, not '%s'", optarg);
			cli_usage_error(usage);
		}
		o->delim = optarg[0] == '\\' ? '\t' : optarg[0];
		break;
	case 'M': o->map = optarg; break;
	case 'P': o->province = optarg; break;
	case 'S': o->show_map = 1; break;
	case 'W': o->back = optarg; break;
	case 'L': o->linked = optarg; break;
	case 'o': o->output = optarg; break;
	case 'q': cli_set_quiet(1); break;
	case 'h': fputs(usage, stdout); fputs(help, stdout); exit(cli_finish());
	case 'V': cli_version();
	default: cli_usage_error(usage);
	}
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "encoding", required_argument, NULL, 'E' },
		{ "delimiter", required_argument, NULL, 'D' },
		{ "map", required_argument, NULL, 'M' },
		{ "province", required_argument, NULL, 'P' },
		{ "show-map", no_argument, NULL, 'S' },
		{ "write-back", required_argument, NULL, 'W' },
		{ "linked", required_argument, NULL, 'L' },
		{ "output", required_argument, NULL, 'o' },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct opts o = { 0 };
	int c;

	cli_init("table-import");
	while ((c = getopt_long(argc, argv, "o:qhV", longopts, NULL)) != -1)
		option(&o, c);
	if (optind == argc) {
		cli_warn("no files");
		cli_usage_error(usage);
	}
	if (o.linked != NULL && o.back == NULL) {
		cli_warn("--linked goes with --write-back");
		cli_usage_error(usage);
	}
	if (o.back != NULL && strcmp(o.back, "-") == 0) {
		cli_warn("--write-back: a file, not standard output");
		cli_usage_error(usage);
	}
	return import(&o, argc - optind, argv + optind);
}
