/* scan-import: check scans (TIFF, PDF, JPEG, PNG) and emit one record per
 * document. */
#include <getopt.h>
#include <search.h>
#include <stdlib.h>
#include <string.h>

#include "fe/cli.h"
#include "image/image.h"
#include "record/record.h"

static const char usage[] =
    "usage: scan-import [-gqhV] [--max-pixels N] [--low-dpi N] [--no-orient]\n"
    "                   [--no-split] [--progress[=N]] [-o file] [path ...]\n";

static const char help[] =
    "Check scans (TIFF, PDF, JPEG, PNG) and write one JSON Lines record per\n"
    "document.\n"
    "\n"
    "  -g, --group          join STEM_N.tif / STEM-N.tif into one document\n"
    "      --max-pixels N   refuse pages over N pixels (default 300000000)\n"
    "      --low-dpi N      warn under N dpi (default 200)\n"
    "      --no-orient      skip the upside-down test\n"
    "      --no-split       keep two pages side by side as one page\n"
    "  -o, --output FILE    write records to FILE atomically (default stdout)\n"
    "      --progress[=N]   progress line every N documents (default 100)\n"
    "  -q, --quiet          no progress, no summary\n"
    "  -h, --help           show this help and exit\n"
    "  -V, --version        show the version and exit\n"
    "\n"
    "Paths are files or directories (searched for *.tif, *.tiff, *.pdf,\n"
    "*.jpg, *.jpeg, *.png); with none, or \"-\", paths are read from\n"
    "standard input, one per line.\n";

struct run {
	lr_import_opts opts;
	FILE *out;
	struct hsearch_data seen;	/* sha256 -> first id */
	cli_list keep;			/* the strings in seen */
	long docs, pages, dups, warnings, errors;
};

/* Report pages that failed; count what was imported. */
static void
tally(struct run *r, const json_t *rec, const char *source)
{
	const char *first;
	int bad = lr_import_errors(rec, &first);

	if (bad > 0) {
		cli_error("'%s': %s%s", source, first, bad > 1 ?
		    " (and more pages)" : "");
		r->errors += bad;
	}
	r->docs++;
	r->pages += (long)json_array_size(json_object_get(rec, "pages"));
	r->warnings += (long)json_array_size(json_object_get(rec, "warnings"));
}

/* Is rec's content already imported?  Then keep only a duplicate_of note. */
static int
duplicate(struct run *r, json_t *rec)
{
	ENTRY e, *found;

	e.key = (char *)json_string_value(json_object_get(rec, "sha256"));
	if (hsearch_r(e, FIND, &found, &r->seen)) {
		json_object_del(rec, "pages");
		json_object_del(rec, "warnings");
		json_object_set_new(rec, "duplicate_of", json_string(found->data));
		cli_note("'%s': same content as document %s; not imported again",
		    json_string_value(json_object_get(rec, "source")),
		    (char *)found->data);
		r->dups++;
		return 1;
	}
	cli_list_add(&r->keep, e.key);
	e.key = r->keep.v[r->keep.n - 1];
	cli_list_add(&r->keep, lr_record_id(rec));
	e.data = r->keep.v[r->keep.n - 1];
	if (!hsearch_r(e, ENTER, &found, &r->seen))
		cli_fatal("out of memory");
	return 0;
}

static void
import_doc(struct run *r, const cli_doc *d)
{
	json_t *rec;
	lr_err err;

	rec = lr_import(d->id, d->files, d->nfiles, &r->opts, &err);
	if (rec == NULL) {
		cli_report(&err);
		r->errors++;
		return;
	}
	if (!duplicate(r, rec))
		tally(r, rec, d->files[0]);
	cli_write_record(r->out, rec);
	if (fflush(r->out) != 0)
		cli_fatal("write error on output");
	json_decref(rec);
}

static void
summary(const struct run *r)
{
	cli_note("%ld documents, %ld pages, %ld duplicates, %ld warnings, "
	    "%ld errors", r->docs, r->pages, r->dups, r->warnings, r->errors);
}

static void
run(struct run *r, const cli_doc *docs, size_t n)
{
	memset(&r->seen, 0, sizeof(r->seen));
	if (!hcreate_r(n * 2 + 16, &r->seen))
		cli_fatal("out of memory");
	cli_progress_start("documents", (long)n);
	for (size_t i = 0; i < n; i++) {
		import_doc(r, &docs[i]);
		cli_progress_tick((long)i + 1);
	}
	cli_progress_end();
	hdestroy_r(&r->seen);
	cli_list_free(&r->keep);
}

int
main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "group", no_argument, NULL, 'g' },
		{ "max-pixels", required_argument, NULL, 'M' },
		{ "low-dpi", required_argument, NULL, 'D' },
		{ "no-orient", no_argument, NULL, 'O' },
		{ "no-split", no_argument, NULL, 'S' },
		{ "output", required_argument, NULL, 'o' },
		{ "progress", optional_argument, NULL, 'P' },
		CLI_COMMON_LONGOPTS,
		{ NULL, 0, NULL, 0 }
	};
	struct run r = { .opts = { .orient = 1 } };
	const char *output = NULL;
	int c, group = 0;
	cli_list paths = { 0 };
	cli_doc *docs;
	cli_out *out;
	size_t n;

	cli_init("scan-import");
	while ((c = getopt_long(argc, argv, "gqo:hV", longopts, NULL)) != -1) {
		switch (c) {
		case 'g': group = 1; break;
		case 'M': r.opts.max_pixels = cli_number(optarg, "--max-pixels", usage); break;
		case 'D': r.opts.low_dpi = (double)cli_number(optarg, "--low-dpi", usage); break;
		case 'O': r.opts.orient = 0; break;
		case 'S': r.opts.no_split = 1; break;
		case 'o': output = optarg; break;
		case 'P': cli_progress_force(optarg ? (int)cli_number(optarg,
		    "--progress", usage) : 100); break;
		case 'q': cli_set_quiet(1); break;
		case 'h': fputs(usage, stdout); fputs(help, stdout);
			return cli_finish();
		case 'V': cli_version();
		default: cli_usage_error(usage);
		}
	}
	cli_tiff_paths(argc - optind, argv + optind, &paths);
	docs = cli_make_docs(&paths, group, &n);
	out = cli_out_open(output, 0644);
	r.out = cli_out_fp(out);
	run(&r, docs, n);
	cli_out_commit(out);
	summary(&r);
	cli_docs_free(docs, n);
	cli_list_free(&paths);
	return cli_finish();
}
