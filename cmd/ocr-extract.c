/* ocr-extract: OCR the pages of scan-import records (cleanup, Tesseract,
 * cache) and add what was found to each record, in input order. */
#include <getopt.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fe/cli.h"
#include "extract/extract.h"
#include "image/image.h"
#include "ocr/ocr.h"
#include "record/record.h"

static const char usage[] =
    "usage: ocr-extract [-gqhV] [-j N] [-l lang] [--tessdata dir] [--psm N]\n"
    "                   [--tess-var name=value] [--page-timeout secs]\n"
    "                   [--cache file.db] [--text] [--hocr dir] [--words file]\n"
    "                   [--keep-words] [--no-orient] [--no-deskew]\n"
    "                   [--binarise] [--no-despeckle] [--no-unrule]\n"
    "                   [--no-upscale] [--no-soften] [--no-recover]\n"
    "                   [--no-lexicon] [--max-pixels N]\n"
    "                   [--no-extract] [--schemas dir] [--units file]\n"
    "                   [--units-map file] [--province code] [--names dir]\n"
    "                   [--review-below N]\n"
    "                   [--rejects file] [--progress[=N]]\n"
    "                   [-o file] [file.tif | dir ...]\n";

static const char help[] =
    "OCR the pages of scan-import records read on standard input (or of the\n"
    "scan files (TIFF, PDF, JPEG, PNG) and directories named) and write the\n"
    "records with what was found.\n"
    "\n"
    "  -j, --jobs N           OCR N pages at a time (default: online CPUs)\n"
    "  -l, --lang LANG        Tesseract language(s) (default vie)\n"
    "      --tessdata DIR     directory of the *.traineddata files\n"
    "      --psm N            Tesseract page segmentation mode (default 3)\n"
    "      --tess-var N=V     set a Tesseract variable (repeatable)\n"
    "      --page-timeout S   give a page up after S s of CPU (default 120)\n"
    "      --cache FILE       keep OCR results in an SQLite file and reuse them\n"
    "      --text             add each page's text\n"
    "      --hocr DIR         write DIR/ID-pN.hocr for each page\n"
    "      --words FILE       write {\"id\", \"ocr\"} lines with words and boxes\n"
    "      --keep-words       add the words and boxes as \"ocr\" in the record\n"
    "      --no-orient        do not turn pages scanned sideways or upside down\n"
    "      --no-deskew        do not straighten skewed pages\n"
    "      --binarise         threshold grey pages here, not in Tesseract\n"
    "      --no-despeckle     keep specks and salt-and-pepper noise\n"
    "      --no-unrule        keep the rules of tables and underlines\n"
    "      --no-upscale       do not scale up pages under 250 dpi\n"
    "      --no-soften        give Tesseract black-and-white pages as they are\n"
    "      --no-recover       do not read lines the page layout left unread\n"
    "      --no-lexicon       do not restore marks from known phrases\n"
    "      --max-pixels N     refuse pages over N pixels\n"
    "      --no-extract       OCR only: do not read the fields\n"
    "      --schemas DIR      the label and code files (default: see manual)\n"
    "      --units FILE       commune names to codes (admin-units CSV)\n"
    "      --units-map FILE   also the communes of July 2025 (commune-map CSV)\n"
    "      --province CODE    the archive's province (two digits): settles\n"
    "                         commune names that several provinces share\n"
    "      --names DIR        sex from given names (given-male.txt ...)\n"
    "                         (these three default to landrec's data/ or\n"
    "                         $LANDREC_DATA; an empty value for none)\n"
    "      --review-below N   review fields under confidence N (default 0.9)\n"
    "  -g, --group            with paths: join STEM_N.tif into one document\n"
    "      --rejects FILE     write malformed input lines to FILE\n"
    "  -o, --output FILE      write records to FILE atomically\n"
    "      --progress[=N]     progress line every N pages (default 10)\n"
    "  -q, --quiet            no progress, no summary\n"
    "  -h, --help             show this help and exit\n"
    "  -V, --version          show the version and exit\n";

/* A job of the pool: one page to OCR, or none (page NULL) for a record
 * without pages to OCR; the record is written after its last job. */
struct task {
	struct doc *doc;
	json_t *page;		/* borrowed from doc->rec; NULL: no page */
	lr_page_src src;	/* path borrowed from doc->rec */
	int n, last;
	lr_page_result *res;	/* set by the worker */
	lr_err err;		/* why res is NULL, set by the worker */
};

/* One record in flight, in input order. */
struct doc {
	json_t *rec;
	struct task *tasks;
	int ntasks;		/* pages to OCR */
	lr_doc_words *words;	/* of the pages read, in order */
};

struct run {
	lr_ocrpage_opts po;
	lr_ocr_opts eo;
	lr_ocr **engines;	/* one per worker; the first alone when
				 * pages are read apart */
	lr_pool *pool;		/* started on the first record (need_pool) */
	int apart;		/* read pages in the readers' children */
	lr_cache *cache;
	lr_extractor *x;	/* NULL with --no-extract */
	const struct args *a;	/* where the units and the lexicon come from */
	lr_units *units;	/* loaded when first needed (need_units) */
	lr_lexicon *lexicon;	/* likewise (need_lexicon); NULL with
				 * --no-lexicon */
	int units_loaded, lexicon_made;
	lr_names *names;
	double review_below;
	long reviews;
	const char *hocr_dir;
	int text, keep_words, jobs;
	FILE *out;
	cli_out *words, *rejects;
	long docs, pages, failed, hits;
	long long cpu_ms, timed;	/* CPU time of the pages read, and
					 * how many said it */
	int cache_warned;
};

/* The summary's ", N s of CPU a page read" (the mean over the pages read,
 * not from the cache), or "" when none was; a static buffer. */
static const char *
cpu_note(const struct run *r)
{
	static char s[64];

	if (r->timed == 0)
		return "";
	snprintf(s, sizeof(s), ", %.1f s of CPU a page read",
	    (double)r->cpu_ms / (double)r->timed / 1000.0);
	return s;
}

static void need_units(struct run *r);
static void need_lexicon(struct run *r);
static void done(void *job, void *ctx);

/* ---- Workers ------------------------------------------------------- */

/* lr_pool_work: OCR a page with the worker's own engine, which the worker
 * loads on its first page (the first worker's was loaded at the start:
 * the others then load in parallel with its reading); pages read apart
 * all name the first, whose copy the readers read with.  A page whose
 * engine cannot be loaded has no result, and t->err says why. */
static void
work(void *job, int worker, void *ctx)
{
	struct task *t = job;
	struct run *r = ctx;

	lr_err_clear(&t->err);
	if (r->po.apart != NULL)
		worker = 0;
	if (t->page != NULL && (r->engines[worker] != NULL ||
	    (r->engines[worker] = lr_ocr_new(&r->eo, &t->err)) != NULL))
		t->res = lr_ocrpage_run(r->engines[worker], r->cache, &t->src,
		    t->n, &r->po, &t->err);
}

/* Load the first worker's engine, which tells whether the language data
 * loads at all. */
static void
start_workers(struct run *r)
{
	lr_err err;

	if ((r->engines = calloc((size_t)r->jobs, sizeof(*r->engines))) == NULL)
		cli_fatal("out of memory");
	if ((r->engines[0] = lr_ocr_new(&r->eo, &err)) == NULL)
		cli_stop(&err);
	if (!lr_ocr_can_orient(r->engines[0]))
		cli_warn("no osd.traineddata beside %s.traineddata: pages are "
		    "turned by their lines' shape alone (apt-get install "
		    "tesseract-ocr-osd)", r->eo.lang != NULL ? r->eo.lang : "vie");
}

/* Start the pool on the first record, and before it the page readers
 * apart, while the process has one thread: with the lexicon made, which
 * the readers' copy of the options then holds. */
static void
need_pool(struct run *r)
{
	lr_err err;

	if (r->pool != NULL)
		return;
	if (r->apart) {
		need_lexicon(r);
		if ((r->po.apart = lr_ocrpage_apart_start(r->engines[0], &r->po,
		    &err)) == NULL)
			cli_stop(&err);
	}
	if ((r->pool = lr_pool_new(r->jobs, 2 * r->jobs + 2, work, done, r,
	    &err)) == NULL)
		cli_stop(&err);
}

/* Hand back every page still in flight, stop the pool and the readers,
 * free the engines. */
static void
stop_workers(struct run *r)
{
	if (r->pool != NULL)
		lr_pool_end(r->pool);
	lr_ocrpage_apart_stop(r->po.apart);
	for (int i = 0; i < r->jobs; i++)
		lr_ocr_free(r->engines[i]);
	free(r->engines);
}

/* ---- Output stage -------------------------------------------------- */

/* Field extraction from the words w (borrowed) of rec, in output order, on
 * the main thread (it costs milliseconds against OCR's seconds): one
 * record per document the file holds, each read by the reader of its
 * kind, written out.  rec itself is written when there is no extractor. */
static void
write_documents(struct run *r, json_t *rec, const lr_doc_words *w)
{
	json_t *docs, *one;
	size_t i;
	lr_err err;

	if (r->x == NULL) {
		cli_write_record(r->out, rec);
		return;
	}
	need_units(r);
	if ((docs = lr_extract_documents(r->x, rec, w, r->review_below,
	    &err)) == NULL)
		cli_stop(&err);
	json_array_foreach(docs, i, one) {
		r->reviews += (long)json_array_size(json_object_get(one,
		    "review"));
		cli_write_record(r->out, one);
	}
	r->docs += (long)json_array_size(docs) - 1;
	json_decref(docs);
}

/* Extraction from the "ocr" key a record came with. */
static void
extract_given(struct run *r, json_t *rec, const json_t *ocr)
{
	lr_doc_words *w;
	lr_err err;

	if (r->x == NULL || (w = lr_words_from_json(ocr, &err)) == NULL) {
		if (r->x != NULL) {
			lr_err_prefix(&err, "'%s': ", lr_record_id(rec));
			cli_report(&err);
		}
		cli_write_record(r->out, rec);
		return;
	}
	write_documents(r, rec, w);
	lr_words_free(w);
}

/* A file name for id's page n in the hOCR directory; the caller frees it. */
static char *
hocr_path(const struct run *r, const char *id, int n)
{
	char *p;

	if (asprintf(&p, "%s/%s-p%d.hocr", r->hocr_dir, id[0] ? id : "doc",
	    n) < 0)
		cli_fatal("out of memory");
	for (char *s = p + strlen(r->hocr_dir) + 1; *s != '\0'; s++)
		if (*s == '/')
			*s = '_';
	return p;
}

static void
write_hocr(struct run *r, const json_t *rec, const struct task *t)
{
	char *path;
	cli_out *o;

	if (r->hocr_dir == NULL || t->res->hocr == NULL)
		return;
	path = hocr_path(r, lr_record_id(rec), t->n);
	o = cli_out_open(path, 0600);
	fputs(t->res->hocr, cli_out_fp(o));
	cli_out_commit(o);
	free(path);
}

/* Report a page that failed or was given up; stop on a system failure. */
static void
page_failed(struct run *r, const struct task *t)
{
	r->failed++;
	if (t->res->grade == LR_SYSTEM)
		cli_fatal("'%s': page %d: %s", t->src.path, t->n, t->res->error);
	if (t->res->timed_out)
		cli_warn("'%s': page %d: %s; page given up", t->src.path, t->n,
		    t->res->error);
	else
		cli_error("'%s': page %d: %s", t->src.path, t->n, t->res->error);
}

/* A page read: its keys into its record page, its words to the record's. */
static void
merge_page(struct run *r, struct task *t)
{
	struct doc *d = t->doc;
	lr_page_result *res = t->res;

	if (res == NULL && t->err.grade != LR_OK)
		cli_stop(&t->err);
	if (res == NULL || lr_page_result_to_record(res, t->page, r->text) != 0)
		cli_fatal("out of memory");
	if (res->error != NULL)
		page_failed(r, t);
	else if ((d->words == NULL && (d->words = lr_words_new()) == NULL) ||
	    lr_page_result_take_words(res, d->words) != 0)
		cli_fatal("out of memory");
	if (res->cache_error != NULL && !r->cache_warned++)
		cli_warn("cache: %s", res->cache_error);
	r->hits += res->cached;
	if (!res->cached && res->cpu_ms >= 0)
		r->cpu_ms += res->cpu_ms, r->timed++;
	write_hocr(r, d->rec, t);
	lr_page_result_free(res);
}

/* The words of a finished record: write them where asked, extract. */
static void
keep_words(struct run *r, json_t *rec, const lr_doc_words *w)
{
	json_t *ocr = lr_words_to_json(w);

	if (ocr == NULL)
		cli_fatal("out of memory");
	if (r->words != NULL) {
		json_t *line = json_pack("{s:s,s:O}", "id", lr_record_id(rec),
		    "ocr", ocr);
		cli_write_record(cli_out_fp(r->words), line);
		json_decref(line);
	}
	if (r->keep_words)
		json_object_set(rec, "ocr", ocr);
	json_decref(ocr);
	write_documents(r, rec, w);
}

/* Write a finished record and free it. */
static void
finish(struct run *r, struct doc *d)
{
	static const lr_doc_words none;
	json_t *ocr;

	if (d->ntasks > 0) {
		keep_words(r, d->rec, d->words != NULL ? d->words : &none);
		r->pages += d->ntasks;
	} else if ((ocr = json_object_get(d->rec, "ocr")) != NULL)
		extract_given(r, d->rec, ocr);
	else
		cli_write_record(r->out, d->rec);
	if (fflush(r->out) != 0)
		cli_fatal("write error on output");
	r->docs++;
	cli_progress_tick(r->pages);
	json_decref(d->rec);
	lr_words_free(d->words);
	free(d->tasks);
	free(d);
}

/* lr_pool_done: a page in input order; after its record's last, the
 * record. */
static void
done(void *job, void *ctx)
{
	struct task *t = job;
	struct run *r = ctx;

	if (t->page != NULL)
		merge_page(r, t);
	if (t->last)
		finish(r, t->doc);
}

/* ---- Input stage --------------------------------------------------- */

/* Should rec's pages be OCR'd?  Not duplicates, not already OCR'd ones. */
static int
wants_ocr(const json_t *rec)
{
	return json_object_get(rec, "duplicate_of") == NULL &&
	    json_object_get(rec, "ocr") == NULL &&
	    json_array_size(json_object_get(rec, "pages")) > 0;
}

/* Fill t for page i of rec; 0 when the page cannot be OCR'd. */
static int
task_of(json_t *rec, size_t i, struct task *t)
{
	json_t *pg = json_array_get(json_object_get(rec, "pages"), i);
	json_t *n = json_object_get(pg, "n");

	if (!json_is_object(pg) || json_object_get(pg, "error") != NULL)
		return 0;
	t->page = pg;
	t->n = json_is_integer(n) ? (int)json_integer_value(n) : (int)i + 1;
	return lr_page_src_of(rec, pg, i, &t->src) == 0;
}

/* A record in flight with its pages to OCR (at least one job). */
static struct doc *
doc_new(json_t *rec)
{
	struct doc *d = calloc(1, sizeof(*d));
	size_t np = json_array_size(json_object_get(rec, "pages"));

	if (d == NULL || (d->tasks = calloc(np + 1, sizeof(struct task))) ==
	    NULL)
		cli_fatal("out of memory");
	d->rec = rec;
	for (size_t i = 0; wants_ocr(rec) && i < np; i++)
		if (task_of(rec, i, &d->tasks[d->ntasks]))
			d->ntasks++;
	return d;
}

/* Take a record: hand its pages to the pool (a record without pages to OCR
 * as one empty job), in order. */
static int
on_record(json_t *rec, void *ctx)
{
	struct run *r = ctx;
	struct doc *d = doc_new(rec);
	int n = d->ntasks > 0 ? d->ntasks : 1;

	if (d->ntasks > 0)	/* before the pool's workers read r->po */
		need_lexicon(r);
	need_pool(r);
	for (int i = 0; i < n; i++) {
		d->tasks[i].doc = d;
		d->tasks[i].last = i == n - 1;
	}
	for (int i = 0; i < n; i++)
		lr_pool_put(r->pool, &d->tasks[i]);
	return 0;
}

/* TIFF paths as arguments: import each document on the fly. */
static void
import_paths(struct run *r, int argc, char **argv, int group)
{
	lr_import_opts io = { .max_pixels = r->po.max_pixels };
	cli_list paths = { 0 };
	cli_doc *docs;
	json_t *rec;
	lr_err err;
	size_t n;

	cli_tiff_paths(argc, argv, &paths);
	docs = cli_make_docs(&paths, group, &n);
	for (size_t i = 0; i < n; i++) {
		rec = lr_import(docs[i].id, docs[i].files, docs[i].nfiles, &io,
		    &err);
		if (rec == NULL)
			cli_report(&err);
		else
			on_record(rec, r);
	}
	cli_docs_free(docs, n);
	cli_list_free(&paths);
}

/* ---- Set-up -------------------------------------------------------- */

/* OpenMP inside Tesseract makes every page slower when pages already run in
 * parallel, and libgomp reads OMP_THREAD_LIMIT only at start: run again
 * with it set (once; LANDREC_OMP_REEXEC guards against a loop). */
static void
single_threaded_omp(char **argv)
{
	const char *v = getenv("OMP_THREAD_LIMIT");

	if (getenv("LANDREC_OMP_REEXEC") != NULL) {
		unsetenv("LANDREC_OMP_REEXEC");
		return;
	}
	if (v != NULL && strcmp(v, "1") == 0)
		return;
	setenv("OMP_THREAD_LIMIT", "1", 1);
	setenv("LANDREC_OMP_REEXEC", "1", 1);
	execv("/proc/self/exe", argv);
	unsetenv("LANDREC_OMP_REEXEC");	/* no /proc: carry on, slower */
}

/* Positive seconds, possibly fractional, as milliseconds (at least 1). */
static int
seconds_ms(const char *s)
{
	char *end;
	double v = strtod(s, &end);

	if (*s == '\0' || *end != '\0' || !(v > 0) || v > 86400 * 7) {
		cli_warn("--page-timeout: not a number of seconds: '%s'", s);
		cli_usage_error(usage);
	}
	return v * 1000 < 1 ? 1 : (int)(v * 1000);
}

enum {
	O_TESSDATA = 256, O_PSM, O_VAR, O_TIMEOUT, O_CACHE, O_TEXT, O_HOCR,
	O_WORDS, O_KEEP, O_NOORIENT, O_NODESKEW, O_BIN, O_NOSPECK, O_NORULE,
	O_NOUP, O_NOSOFT, O_NOREC, O_NOLEX, O_MAXPIX, O_REJECTS, O_PROGRESS, O_NOEXTRACT, O_SCHEMAS, O_UNITS,
	O_UNITSMAP, O_NAMES, O_BELOW, O_PROVINCE
};

static const struct option longopts[] = {
	{ "jobs", required_argument, NULL, 'j' },
	{ "lang", required_argument, NULL, 'l' },
	{ "tessdata", required_argument, NULL, O_TESSDATA },
	{ "psm", required_argument, NULL, O_PSM },
	{ "tess-var", required_argument, NULL, O_VAR },
	{ "page-timeout", required_argument, NULL, O_TIMEOUT },
	{ "cache", required_argument, NULL, O_CACHE },
	{ "text", no_argument, NULL, O_TEXT },
	{ "hocr", required_argument, NULL, O_HOCR },
	{ "words", required_argument, NULL, O_WORDS },
	{ "keep-words", no_argument, NULL, O_KEEP },
	{ "no-orient", no_argument, NULL, O_NOORIENT },
	{ "no-deskew", no_argument, NULL, O_NODESKEW },
	{ "binarise", no_argument, NULL, O_BIN },
	{ "no-despeckle", no_argument, NULL, O_NOSPECK },
	{ "no-unrule", no_argument, NULL, O_NORULE },
	{ "no-upscale", no_argument, NULL, O_NOUP },
	{ "no-soften", no_argument, NULL, O_NOSOFT },
	{ "no-recover", no_argument, NULL, O_NOREC },
	{ "no-lexicon", no_argument, NULL, O_NOLEX },
	{ "max-pixels", required_argument, NULL, O_MAXPIX },
	{ "no-extract", no_argument, NULL, O_NOEXTRACT },
	{ "schemas", required_argument, NULL, O_SCHEMAS },
	{ "units", required_argument, NULL, O_UNITS },
	{ "units-map", required_argument, NULL, O_UNITSMAP },
	{ "province", required_argument, NULL, O_PROVINCE },
	{ "names", required_argument, NULL, O_NAMES },
	{ "review-below", required_argument, NULL, O_BELOW },
	{ "group", no_argument, NULL, 'g' },
	{ "rejects", required_argument, NULL, O_REJECTS },
	{ "output", required_argument, NULL, 'o' },
	{ "progress", optional_argument, NULL, O_PROGRESS },
	CLI_COMMON_LONGOPTS,
	{ NULL, 0, NULL, 0 }
};

/* Options and operands as given on the command line. */
struct args {
	const char *output, *cache, *words, *rejects;
	const char *schemas, *units, *units_map, *names, *below, *province;
	cli_list vars;
	int group, no_extract, no_lexicon;
};

/* Handle one option of the cleanup or the engine; 0 when c is not one. */
static int
engine_option(struct run *r, struct args *a, int c)
{
	lr_clean_opts *co = &r->po.clean;

	switch (c) {
	case 'j': r->jobs = (int)cli_number(optarg, "--jobs", usage); break;
	case 'l': r->eo.lang = optarg; break;
	case O_TESSDATA: r->eo.tessdata = optarg; break;
	case O_PSM: r->eo.psm = (int)cli_number(optarg, "--psm", usage); break;
	case O_VAR: cli_list_add(&a->vars, optarg); break;
	case O_TIMEOUT: r->po.timeout_ms = seconds_ms(optarg); break;
	case O_NOORIENT: co->orient = 0; break;
	case O_NODESKEW: co->deskew = 0; break;
	case O_BIN: co->binarise = 1; break;
	case O_NOSPECK: co->despeckle = 0; break;
	case O_NORULE: co->unrule = 0; break;
	case O_NOUP: co->upscale = 0; break;
	case O_NOSOFT: co->soften = 0; break;
	case O_NOREC: r->po.recover = 0; break;
	case O_MAXPIX: r->po.max_pixels = (uint64_t)cli_number(optarg,
	    "--max-pixels", usage); break;
	default: return 0;
	}
	return 1;
}

/* Handle one option of input and output. */
static void
io_option(struct run *r, struct args *a, int c)
{
	switch (c) {
	case O_CACHE: a->cache = optarg; break;
	case O_TEXT: r->text = 1; break;
	case O_HOCR: r->hocr_dir = optarg; r->po.want_hocr = 1; break;
	case O_WORDS: a->words = optarg; break;
	case O_KEEP: r->keep_words = 1; break;
	case 'g': a->group = 1; break;
	case O_NOEXTRACT: a->no_extract = 1; break;
	case O_NOLEX: a->no_lexicon = 1; break;
	case O_SCHEMAS: a->schemas = optarg; break;
	case O_UNITS: a->units = optarg; break;
	case O_UNITSMAP: a->units_map = optarg; break;
	case O_PROVINCE: a->province = cli_province(optarg, usage); break;
	case O_NAMES: a->names = optarg; break;
	case O_BELOW: a->below = optarg; break;
	case O_REJECTS: a->rejects = optarg; break;
	case 'o': a->output = optarg; break;
	case O_PROGRESS: cli_progress_force(optarg ? (int)cli_number(optarg,
	    "--progress", usage) : 10); break;
	case 'q': cli_set_quiet(1); break;
	case 'h': fputs(usage, stdout); fputs(help, stdout);
		exit(cli_finish());
	case 'V': cli_version();
	default: cli_usage_error(usage);
	}
}

static void
parse(int argc, char **argv, struct run *r, struct args *a)
{
	int c;

	lr_clean_defaults(&r->po.clean);
	r->po.timeout_ms = 120 * 1000;
	r->po.recover = 1;
	r->apart = 1;	/* a page's timeout holds in its layout too */
	r->jobs = (int)sysconf(_SC_NPROCESSORS_ONLN);
	if (r->jobs < 1)
		r->jobs = 1;
	while ((c = getopt_long(argc, argv, "j:l:gqo:hV", longopts, NULL)) != -1)
		if (!engine_option(r, a, c))
			io_option(r, a, c);
	r->eo.vars = (const char *const *)a->vars.v;
	r->eo.nvars = (int)a->vars.n;
}

/* A confidence threshold between 0 and 1. */
static double
threshold(const char *s)
{
	char *end;
	double v = strtod(s, &end);

	if (*s == '\0' || *end != '\0' || !(v >= 0 && v <= 1)) {
		cli_warn("--review-below: not a number from 0 to 1: '%s'", s);
		cli_usage_error(usage);
	}
	return v;
}

/* Load the units, the defaults or as given, the first time they are
 * needed (reading a page with the lexicon, or a document's fields): a run
 * that needs neither, or reads no record, does not pay for them.  On the
 * main thread. */
static void
need_units(struct run *r)
{
	if (r->units_loaded++)
		return;
	r->units = cli_units_open(r->a->units, r->a->units_map);
	if (r->x != NULL)
		lr_extractor_set_units(r->x, r->units);
}

/* Make the lexicon of known phrases from the labels, the origins,
 * phrases.txt and the units, unless --no-lexicon, the first time a page is
 * read; on the main thread, before the page goes to the workers. */
static void
need_lexicon(struct run *r)
{
	static const struct { const char *file; int col; } src[] = {
		{ "labels.tsv", 1 }, { "origins.tsv", 1 }, { "phrases.txt", 0 } };
	const struct args *a = r->a;
	char *dir, *path;
	lr_err err;

	if (a->no_lexicon || r->lexicon_made++)
		return;
	need_units(r);
	if ((r->lexicon = lr_lexicon_new()) == NULL)
		cli_fatal("out of memory");
	dir = cli_data_dir(a->schemas, "labels.tsv");
	for (size_t i = 0; i < sizeof(src) / sizeof(src[0]); i++) {
		if (asprintf(&path, "%s/%s", dir, src[i].file) < 0)
			cli_fatal("out of memory");
		if (lr_lexicon_add_file(r->lexicon, path, src[i].col, &err) != 0)
			cli_stop(&err);
		free(path);
	}
	if ((r->units && lr_lexicon_add_units(r->lexicon, r->units) != 0) ||
	    lr_lexicon_finish(r->lexicon) != 0)
		cli_fatal("out of memory");
	r->po.lexicon = r->lexicon;
	free(dir);
}

/* Load the names and the extractor's data files, unless --no-extract. */
static void
open_extractor(struct run *r, const struct args *a)
{
	char *dir;
	lr_err err;

	if (a->no_extract)
		return;
	dir = cli_data_dir(a->schemas, "labels.tsv");
	r->x = lr_extractor_new(dir, NULL, &err);	/* units: need_units */
	free(dir);
	if (r->x == NULL)
		cli_stop(&err);
	r->names = cli_names_open(a->names);
	lr_extractor_set_names(r->x, r->names);
	if (lr_extractor_set_province(r->x, a->province, &err) != 0)
		cli_stop(&err);
	r->review_below = a->below ? threshold(a->below) :
	    lr_extractor_review_below(r->x);
}

/* Open the cache and the side outputs. */
static void
open_files(struct run *r, const struct args *a)
{
	lr_err err;

	if (a->cache != NULL && (r->cache = lr_cache_open(a->cache, &err)) == NULL)
		cli_stop(&err);
	if (a->words != NULL)
		r->words = cli_out_open(a->words, 0600);
	if (a->rejects != NULL)
		cli_set_rejects(r->rejects = cli_out_open(a->rejects, 0600));
	if (r->hocr_dir != NULL && access(r->hocr_dir, W_OK) != 0)
		cli_fatal("'%s': not a writable directory", r->hocr_dir);
}

int
main(int argc, char **argv)
{
	struct run r = { 0 };
	struct args a = { 0 };
	cli_out *out;

	single_threaded_omp(argv);
	cli_init("ocr-extract");
	setMsgSeverity(L_SEVERITY_NONE);	/* Leptonica's own messages */
	parse(argc, argv, &r, &a);
	r.a = &a;
	open_extractor(&r, &a);
	open_files(&r, &a);
	out = cli_out_open(a.output, 0600);
	r.out = cli_out_fp(out);
	start_workers(&r);
	cli_progress_start("pages", 0);
	if (optind < argc)
		import_paths(&r, argc - optind, argv + optind, a.group);
	else
		cli_read_records(0, NULL, on_record, &r);
	stop_workers(&r);
	cli_progress_end();
	if (r.words != NULL)
		cli_out_commit(r.words);
	if (r.rejects != NULL)
		cli_out_commit(r.rejects);
	cli_out_commit(out);
	lr_cache_close(r.cache);
	lr_extractor_free(r.x);
	lr_units_free(r.units);
	lr_lexicon_free(r.lexicon);
	lr_names_free(r.names);
	cli_note("%ld documents, %ld pages, %ld fields for review, %ld pages "
	    "failed, %ld from cache%s", r.docs, r.pages, r.reviews, r.failed,
	    r.hits, cpu_note(&r));
	cli_list_free(&a.vars);
	return cli_finish();
}
