/* report: how much of the archive is digitised, linked and reviewed, per
 * commune and in total. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

#include "fe/cli.h"
#include "fe/cli-html.h"
#include "review/review.h"
#include "util/util.h"
#include "text/text.h"

static const char usage[] =
    "usage: landrec-report [-qhV] [--format text|tsv|json] [--campaign]\n"
    "                      [--html FILE] [--units FILE] [file ...]\n";

static const char help[] =
    "Count documents, pages, parcels, owners, owners linked to a personal ID,\n"
    "fields awaiting review and rejected records, per commune and in total.\n"
    "\n"
    "  -f, --format FMT     text (default), tsv or json, on standard output\n"
    "  -c, --campaign       the campaign's figures instead: land users, linked\n"
    "                       to a personal ID, for review, not found, with a\n"
    "                       12-digit ID, rows and rows with problems\n"
    "      --html FILE      also write a page with bar charts to FILE\n"
    "      --units FILE     commune names from this unit list (default: the\n"
    "                       one landrec ships; '' for none)\n"
    "  -q, --quiet          no summary\n"
    "  -h, --help           show this help and exit\n"
    "  -V, --version        show the version and exit\n"
    "\n"
    "Records of any stage are read from the files, or standard input; lines\n"
    "of export-xml's rejects file count as rejected records.\n";

enum format { F_TEXT, F_TSV, F_JSON };

/* The count columns, in output order: the archive's progress, and with
 * --campaign the campaign's terms. */
#define NCOLS 7
static const char *const progress_cols[NCOLS] = { "documents", "pages",
    "parcels", "owners", "linked", "awaiting_review", "rejected" };
static const char *const campaign_cols[NCOLS] = { "land_users", "linked",
    "to_review", "not_found", "id12", "rows", "rows_with_problems" };
static const char *const *cols = progress_cols;
static int campaign;

struct run {
	lr_tally *tally;
	lr_units *units;
	long records;
};

static void
values(const lr_counts *c, long v[NCOLS])
{
	const long p[NCOLS] = { c->docs, c->pages, c->parcels, c->owners,
	    c->linked, c->review - c->resolved, c->rejected };
	const long k[NCOLS] = { c->owners, c->linked, c->to_review,
	    c->not_found, c->id12, c->rows, c->rows_problem };

	memcpy(v, campaign ? k : p, sizeof(p));
}

/* The campaign's JSON keys beside the progress counts. */
static void
json_campaign(json_t *o, const lr_counts *c)
{
	const long k[NCOLS] = { c->owners, c->linked, c->to_review,
	    c->not_found, c->id12, c->rows, c->rows_problem };

	for (int i = 0; i < NCOLS; i++)
		json_object_set_new(o, campaign_cols[i], json_integer(k[i]));
	json_object_set_new(o, "id12_pct", json_real(100 * lr_counts_id12(c)));
}

/* The name of commune code ("" when unknown or no --units), into buf. */
static const char *
commune_name(const struct run *r, const char *code, char *buf, size_t n)
{
	const char *commune, *district, *province;

	buf[0] = '\0';
	/* Old names first: a code alone does not say its era. */
	if (r->units != NULL && lr_units_names(r->units, code, LR_ERA_ANY,
	    &commune, &district, &province) == 0)
		snprintf(buf, n, "%s%s%s", commune, district ? ", " : "",
		    district ? district : "");
	return buf;
}

static int
on_record(json_t *rec, void *ctx)
{
	struct run *r = ctx;

	r->records++;
	if (lr_tally_add(r->tally, rec) != 0)
		cli_fatal("out of memory");
	json_decref(rec);
	return 0;
}

/* Called for each commune, then for the total (code NULL). */
typedef void (*row_fn)(const char *code, const char *name,
    const lr_counts *c, void *ctx);

static void
each_row(const struct run *r, row_fn fn, void *ctx)
{
	char name[512];
	const char *code;
	lr_counts c;

	for (size_t i = 0; i < lr_tally_size(r->tally); i++) {
		code = lr_tally_get(r->tally, i, &c);
		fn(code, commune_name(r, code, name, sizeof(name)), &c, ctx);
	}
	lr_tally_total(r->tally, &c);
	fn(NULL, "", &c, ctx);
}

static void
text_row(const char *code, const char *name, const lr_counts *c, void *ctx)
{
	long v[NCOLS];

	(void)ctx;
	values(c, v);
	printf("%-8s", code == NULL ? "total" : *code ? code : "-");
	for (int i = 0; i < NCOLS; i++)
		printf(" %*ld", (int)strlen(cols[i]), v[i]);
	printf(" %9.1f%%", 100 * lr_counts_linked(c));
	if (campaign)
		printf(" %7.1f%%", 100 * lr_counts_id12(c));
	printf("%s%s\n", *name ? "  " : "", name);
}

static void
tsv_row(const char *code, const char *name, const lr_counts *c, void *ctx)
{
	long v[NCOLS];

	(void)ctx;
	values(c, v);
	lr_tsv_put(stdout, code == NULL ? "total" : code, '\t');
	lr_tsv_put(stdout, name, '\t');
	for (int i = 0; i < NCOLS; i++)
		printf("%ld\t", v[i]);
	printf("%.1f", 100 * lr_counts_linked(c));
	if (campaign)
		printf("\t%.1f", 100 * lr_counts_id12(c));
	printf("\n");
}

static void
json_row(const char *code, const char *name, const lr_counts *c, void *ctx)
{
	json_t *o = json_object(), *root = ctx;
	long v[NCOLS];

	values(c, v);
	if (code != NULL) {
		json_object_set_new(o, "code", json_string(code));
		json_object_set_new(o, "name", *name ? json_string(name) :
		    json_null());
	}
	for (int i = 0; i < NCOLS; i++)
		json_object_set_new(o, cols[i], json_integer(v[i]));
	json_object_set_new(o, "linked_pct",
	    json_real(100 * lr_counts_linked(c)));
	json_object_set_new(o, "organisations", json_integer(c->organisations));
	json_campaign(o, c);
	if (code != NULL)
		json_array_append_new(json_object_get(root, "communes"), o);
	else
		json_object_set_new(root, "total", o);
}

static void
print(const struct run *r, enum format f)
{
	json_t *root;

	if (f == F_JSON) {
		root = json_pack("{s:[]}", "communes");
		each_row(r, json_row, root);
		cli_write_record(stdout, root);
		json_decref(root);
		return;
	}
	if (f == F_TSV)
		printf("commune\tname\t");
	else
		printf("%-8s", "commune");
	for (int i = 0; i < NCOLS; i++)
		printf(f == F_TSV ? "%s\t" : " %s", cols[i]);
	printf(f == F_TSV ? "linked_pct" : " linked_pct");
	if (campaign)
		printf(f == F_TSV ? "\tid12_pct" : " id12_pct");
	printf(f == F_TSV ? "\n" : "  name\n");
	each_row(r, f == F_TSV ? tsv_row : text_row, NULL);
}

/* What the HTML page collects row by row. */
struct page {
	xmlNodePtr table;
	char **labels;
	double *linked, *reviewed;
	size_t n;
};

static void
html_row(const char *code, const char *name, const lr_counts *c, void *ctx)
{
	struct page *p = ctx;
	xmlNodePtr tr = lr_html_add(p->table, "tr", NULL, code ? NULL : "total");
	char buf[600];
	long v[NCOLS];

	values(c, v);
	snprintf(buf, sizeof(buf), "%s%s%s", code == NULL ? "Tổng" : *code ?
	    code : "-", *name ? " " : "", name);
	lr_html_add(tr, "th", buf, NULL);
	for (int i = 0; i < NCOLS; i++) {
		snprintf(buf, sizeof(buf), "%ld", v[i]);
		lr_html_add(tr, "td", buf, cols[i]);
	}
	snprintf(buf, sizeof(buf), "%.1f%%", 100 * lr_counts_linked(c));
	lr_html_add(tr, "td", buf, "linked_pct");
	if ((p->labels[p->n] = strdup(code == NULL ? "Tổng" : *name ? name :
	    *code ? code : "-")) == NULL)
		cli_fatal("out of memory");
	p->linked[p->n] = lr_counts_linked(c);
	p->reviewed[p->n++] = lr_counts_reviewed(c);
}

static void
html_head(xmlNodePtr table)
{
	xmlNodePtr tr = lr_html_add(table, "tr", NULL, NULL);

	lr_html_add(tr, "th", "Xã", NULL);
	for (int i = 0; i < NCOLS; i++)
		lr_html_add(tr, "th", cols[i], NULL);
	lr_html_add(tr, "th", "linked_pct", NULL);
}

static void
write_html(const struct run *r, const char *path)
{
	size_t n = lr_tally_size(r->tally) + 1;
	struct page p = { .labels = calloc(n, sizeof(char *)),
	    .linked = calloc(n, sizeof(double)),
	    .reviewed = calloc(n, sizeof(double)) };
	lr_html *h = lr_html_new("Tiến độ số hóa hồ sơ đất đai",
	    "body{font-family:'DejaVu Sans','Noto Sans',Arial,sans-serif}"
	    "table{border-collapse:collapse}td,th{border:1px solid #bbb;"
	    "padding:.2em .5em}td{text-align:right}svg{display:block;"
	    "margin:1em 0}");
	if (h == NULL || p.labels == NULL || p.linked == NULL || !p.reviewed)
		cli_fatal("out of memory");
	p.table = lr_html_add(lr_html_body(h), "table", NULL, "counts");
	html_head(p.table);
	each_row(r, html_row, &p);
	lr_html_bars(lr_html_body(h), "Chủ sử dụng đã liên kết số định danh",
	    (const char *const *)p.labels, p.linked, p.n);
	lr_html_bars(lr_html_body(h), "Trường đã kiểm tra",
	    (const char *const *)p.labels, p.reviewed, p.n);
	cli_html_write(path, 0644, h);
	for (size_t i = 0; i < p.n; i++)
		free(p.labels[i]);
	free(p.labels);
	free(p.linked);
	free(p.reviewed);
	lr_html_free(h);
}

static enum format
format(const char *s)
{
	if (strcmp(s, "text") == 0)
		return F_TEXT;
	if (strcmp(s, "tsv") == 0)
		return F_TSV;
	if (strcmp(s, "json") == 0)
		return F_JSON;
	cli_warn("--format: expected text, tsv or json: '%s'", s);
	cli_usage_error(usage);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "format", required_argument, NULL, 'f' },
		{ "campaign", no_argument, NULL, 'c' },
		{ "html", required_argument, NULL, 'H' },
		{ "units", required_argument, NULL, 'U' },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct run r = { 0 };
	const char *html = NULL, *units = NULL;
	enum format f = F_TEXT;
	int c;

	cli_init("landrec-report");
	while ((c = getopt_long(argc, argv, "cf:qhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'f': f = format(optarg); break;
		case 'c': campaign = 1; cols = campaign_cols; break;
		case 'H': html = optarg; break;
		case 'U': units = optarg; break;
		case 'q': cli_set_quiet(1); break;
		case 'h': fputs(usage, stdout); fputs(help, stdout);
			return cli_finish();
		case 'V': cli_version();
		default: cli_usage_error(usage);
		}
	}
	r.units = cli_units_open(units, "");
	if ((r.tally = lr_tally_new()) == NULL)
		cli_fatal("out of memory");
	cli_read_records(argc - optind, argv + optind, on_record, &r);
	print(&r, f);
	if (html != NULL)
		write_html(&r, html);
	cli_note("%ld records, %zu communes", r.records,
	    lr_tally_size(r.tally));
	lr_tally_free(r.tally);
	lr_units_free(r.units);
	return cli_finish();
}
