/* extract-text: field extraction from page texts or records, for
 * development, tests and fuzzing. */
#include <getopt.h>
#include <libgen.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fe/cli.h"
#include "extract/extract.h"
#include "record/record.h"
#include "text/text.h"


static const char usage[] =
    "usage: extract-text [-qhV] [-s dir] [--units file] [--units-map file]\n"
    "                    [--province code] [--names dir] [--review-below N]\n"
    "                    page.txt ...\n"
    "       extract-text -r [-qhV] [-s dir] [--units file] [--units-map file]\n"
    "                    [--province code] [--names dir] [--review-below N]\n"
    "                    [records.jsonl ...]\n";

static const char help[] =
    "Extract the decision, owner, parcel and house fields and print them as\n"
    "JSON: of one document whose pages are the text files given, or (-r) of\n"
    "each JSON Lines record, read from its OCR words (\"ocr\") or, failing\n"
    "that, its page texts (\"page_text\"); records are written back with\n"
    "the fields added.\n"
    "\n"
    "  -r, --records        read JSON Lines records (default: page texts)\n"
    "  -s, --schemas DIR    data files (default $LANDREC_SCHEMAS, then\n"
    "                       ../../schemas beside the program, then the\n"
    "                       install directory)\n"
    "      --units FILE     administrative units CSV: commune codes\n"
    "      --units-map FILE old -> new commune CSV: post-2025 communes too\n"
    "      --province CODE  the archive's province (two digits): settles\n"
    "                       commune names that several provinces share\n"
    "      --names DIR      given-name lists (given-male.txt ...): sex\n"
    "                       (these three default to landrec's data/ or\n"
    "                       $LANDREC_DATA; an empty value for none)\n"
    "      --review-below N review fields under confidence N (default 0.9)\n"
    "  -q, --quiet          no summary\n"
    "  -h, --help           show this help and exit\n"
    "  -V, --version        show the version and exit\n";

struct run {
	lr_extractor *x;
	double below;
	long docs, reviews;
};

/* Add the fields of ex (stolen) to rec. */
static void
merge(struct run *r, json_t *rec, json_t *ex)
{
	r->docs++;
	r->reviews += (long)json_array_size(json_object_get(ex, "review"));
	json_object_update(rec, ex);
	json_decref(ex);
}

/* The fields of a record: from its OCR words, else its page texts. */
static json_t *
record_fields(struct run *r, json_t *rec, lr_err *err)
{
	json_t *ocr = json_object_get(rec, "ocr"), *pt, *ex;
	const char **pages;
	lr_doc_words *w;
	size_t i, n;

	if (ocr != NULL) {
		if ((w = lr_words_from_json(ocr, err)) == NULL)
			return NULL;
		ex = lr_extract(r->x, w, r->below, err);
		lr_words_free(w);
		return ex;
	}
	pt = json_object_get(rec, "page_text");
	n = json_array_size(pt);
	if ((pages = calloc(n + 1, sizeof(*pages))) == NULL)
		cli_fatal("out of memory");
	for (i = 0; i < n; i++)
		pages[i] = json_string_value(json_array_get(pt, i)) ?
		    json_string_value(json_array_get(pt, i)) : "";
	ex = lr_extract_text(r->x, pages, (int)n, r->below, err);
	free(pages);
	return ex;
}

static int
one_record(json_t *rec, void *ctx)
{
	struct run *r = ctx;
	lr_err err;
	json_t *ex;

	if ((ex = record_fields(r, rec, &err)) == NULL) {
		lr_err_prefix(&err, "%s: ", lr_record_id(rec));
		cli_report(&err);
	}
	else
		merge(r, rec, ex);
	cli_write_record(stdout, rec);
	json_decref(rec);
	return 0;
}

/* Read a whole file; NULL after an error message. */
static char *
slurp(const char *path)
{
	FILE *fp = fopen(path, "r");
	char *buf = NULL;
	size_t cap = 0, n;

	if (fp == NULL) {
		cli_error("'%s': cannot open", path);
		return NULL;
	}
	n = (size_t)getdelim(&buf, &cap, '\0', fp);
	if (ferror(fp) || n == (size_t)-1) {
		free(buf);
		buf = strdup("");
	}
	fclose(fp);
	return buf;
}

static void
text_doc(struct run *r, int argc, char **argv)
{
	char **pages = calloc((size_t)argc + 1, sizeof(*pages));
	json_t *ex, *rec = json_object();
	lr_err err;

	for (int i = 0; i < argc; i++)
		if ((pages[i] = slurp(argv[i])) == NULL)
			pages[i] = strdup("");
	ex = lr_extract_text(r->x, (const char *const *)pages, argc, r->below,
	    &err);
	if (ex == NULL)
		cli_report(&err);
	else {
		merge(r, rec, ex);
		if (json_dumpf(rec, stdout, JSON_INDENT(2)) != 0 || fputc('\n', stdout) == EOF)
			cli_error("write error on output");
	}
	json_decref(rec);
	for (int i = 0; i < argc; i++)
		free(pages[i]);
	free(pages);
}

static double
fraction(const char *s)
{
	char *end;
	double v = strtod(s, &end);

	if (*s == '\0' || *end != '\0' || v < 0 || v > 1) {
		cli_warn("--review-below: not a number from 0 to 1: '%s'", s);
		cli_usage_error(usage);
	}
	return v;
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "records", no_argument, NULL, 'r' },
		{ "schemas", required_argument, NULL, 's' },
		{ "units", required_argument, NULL, 'U' },
		{ "units-map", required_argument, NULL, 'M' },
		{ "province", required_argument, NULL, 'P' },
		{ "names", required_argument, NULL, 'N' },
		{ "review-below", required_argument, NULL, 'R' },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct run r = { .below = -1 };
	const char *sopt = NULL, *uopt = NULL, *mopt = NULL, *nopt = NULL;
	const char *popt = NULL;
	int c, records = 0;
	lr_units *units;
	lr_names *names = NULL;
	lr_err err;
	char *dir;

	cli_init("extract-text");
	while ((c = getopt_long(argc, argv, "rs:qhV", longopts, NULL)) != -1) {
		switch (c) {
		case 'r': records = 1; break;
		case 's': sopt = optarg; break;
		case 'U': uopt = optarg; break;
		case 'M': mopt = optarg; break;
		case 'P': popt = cli_province(optarg, usage); break;
		case 'N': nopt = optarg; break;
		case 'R': r.below = fraction(optarg); break;
		case 'q': cli_set_quiet(1); break;
		case 'h': fputs(usage, stdout); fputs(help, stdout);
			return cli_finish();
		case 'V': cli_version();
		default: cli_usage_error(usage);
		}
	}
	if (!records && optind == argc)
		cli_usage_error(usage);
	units = cli_units_open(uopt, mopt);
	dir = cli_data_dir(sopt, "labels.tsv");
	if ((r.x = lr_extractor_new(dir, units, &err)) == NULL)
		cli_stop(&err);
	free(dir);
	names = cli_names_open(nopt);
	lr_extractor_set_names(r.x, names);
	if (lr_extractor_set_province(r.x, popt, &err) != 0)
		cli_stop(&err);
	if (r.below < 0)
		r.below = lr_extractor_review_below(r.x);
	if (records)
		cli_read_records(argc - optind, argv + optind, one_record, &r);
	else
		text_doc(&r, argc - optind, argv + optind);
	cli_note("%ld documents, %ld fields to review", r.docs, r.reviews);
	lr_extractor_free(r.x);
	lr_names_free(names);
	lr_units_free(units);
	return cli_finish();
}
