/* Documents of a file: its pages classified, split where each document
 * begins, and each document read by the reader of its kind. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "extract.h"
#include "cert-int.h"
#include "certdata-int.h"

/* Do decision numbers a and b name one decision ("1930/QĐ-UBND" and
 * OCR's "1930/QD-UBND")?  Compared folded. */
static int
same_decision(const char *a, const char *b)
{
	char *fa, *fb;
	int same;

	if (a == NULL || b == NULL)
		return 0;
	fa = lr_x_fold(a), fb = lr_x_fold(b);
	same = fa != NULL && fb != NULL && strcmp(fa, fb) == 0;
	free(fa), free(fb);
	return same;
}

/* Is rec's review item for field path resolved (a clerk corrected it in
 * the correction sheet)? */
static int
resolved(const json_t *rec, const char *path)
{
	size_t i;
	json_t *it;

	json_array_foreach(json_object_get(rec, "review"), i, it)
		if (json_is_true(json_object_get(it, "resolved")) &&
		    strcmp(json_string_value(json_object_get(it, "field")) ?
		    json_string_value(json_object_get(it, "field")) : "", path) ==
		    0)
			return 1;
	return 0;
}

/* The kind of page n as a clerk corrected it in rec ("page_kind_reviewed",
 * or "page_kind" whose review item the correction sheet resolved), or
 * -1. */
static int
reviewed_kind(const json_t *rec, int n)
{
	size_t i;
	json_t *pg;
	char path[48];

	json_array_foreach(json_object_get(rec, "pages"), i, pg) {
		if (json_integer_value(json_object_get(pg, "n")) != n)
			continue;
		snprintf(path, sizeof(path), "pages[%zu].page_kind", i);
		if (json_object_get(pg, "page_kind_reviewed") != NULL)
			return lr_page_kind_of(json_string_value(
			    json_object_get(pg, "page_kind_reviewed")));
		return resolved(rec, path) ? lr_page_kind_of(
		    json_string_value(json_object_get(pg, "page_kind"))) : -1;
	}
	return -1;
}

/* Review items for the unsure page kinds of record out: under the
 * setting page_kind_review of schemas/certificates.tsv. */
static void
review_kinds(const lr_extractor *x, json_t *out)
{
	double below = lr_x_certdata(x)->page_kind_review;
	json_t *review = json_object_get(out, "review"), *pg;
	char path[48];
	size_t i;

	json_array_foreach(json_object_get(out, "pages"), i, pg) {
		json_t *c = json_object_get(pg, "page_kind_conf");
		if (c == NULL || json_real_value(c) >= below)
			continue;
		snprintf(path, sizeof(path), "pages[%zu].page_kind", i);
		json_array_append_new(review, json_pack("{s:s,s:s}", "field",
		    path, "reason", "page kind unsure"));
	}
}

/* rec's page whose "n" is n (borrowed), or NULL. */
static const json_t *
page_n(const json_t *rec, int n)
{
	size_t i;
	json_t *pg;

	json_array_foreach(json_object_get(rec, "pages"), i, pg)
		if (json_integer_value(json_object_get(pg, "n")) == n)
			return pg;
	return NULL;
}

/* Is page n the right half of the spread whose left half is page m (one
 * sheet of the file cut at its gutter by scan-import)? */
static int
same_sheet(const json_t *rec, int m, int n)
{
	const json_t *a = page_n(rec, m), *b = page_n(rec, n);
	const char *ha = json_string_value(json_object_get(a, "half"));
	const char *hb = json_string_value(json_object_get(b, "half"));

	return ha != NULL && hb != NULL && strcmp(ha, "left") == 0 &&
	    strcmp(hb, "right") == 0 && json_integer_value(json_object_get(a,
	    "file_page")) == json_integer_value(json_object_get(b,
	    "file_page"));
}

/* A page that shows the parcel's plan and the start of the change
 * register which the next page (another sheet) goes on with is the plan's
 * page: the register's page is the next. */
static void
plan_pages(const json_t *rec, const lr_doc_words *w, lr_page_class *cls)
{
	for (int i = 0; i + 1 < w->npages; i++)
		if (cls[i].shared && reviewed_kind(rec, w->pages[i].n) < 0 &&
		    cls[i + 1].kind == LR_PAGE_CERT_CHANGES &&
		    !cls[i + 1].starts &&
		    !same_sheet(rec, w->pages[i].n, w->pages[i + 1].n))
			cls[i].kind = LR_PAGE_CERT_PARCEL;
}

/* A certificate's leaves fed register first: a change register that
 * begins a document, its owners' page next, is that certificate's page
 * and the owners' page begins nothing. */
static void
register_first(const json_t *rec, const lr_doc_words *w, lr_page_class *cls)
{
	for (int i = 0; i + 1 < w->npages; i++)
		if (cls[i].kind == LR_PAGE_CERT_CHANGES && cls[i].starts &&
		    cls[i + 1].kind == LR_PAGE_CERT_OWNER &&
		    reviewed_kind(rec, w->pages[i + 1].n) < 0)
			cls[i + 1].starts = 0;
}

/* Is page i of w a sheet's second side: an even page of its file? */
static int
second_side(const json_t *rec, const lr_doc_words *w, int i)
{
	const json_t *fp = json_object_get(page_n(rec, w->pages[i].n),
	    "file_page");

	return (fp != NULL ? json_integer_value(fp) : w->pages[i].n) % 2 == 0;
}

/* Are the blank pages of w the backs of a duplex scan: two or more, each
 * a second side, in a file of an even number of pages?  (A separator
 * sheet is one blank, or two in a row when scanned both sides.) */
static int
duplex_backs(const lr_extractor *x, const json_t *rec, const lr_doc_words *w)
{
	lr_page_class c;
	int blanks = 0;

	for (int i = 0; i < w->npages; i++) {
		lr_extract_page_kind(x, &w->pages[i], NULL, &c);
		if (c.blank && !second_side(rec, w, i))
			return 0;
		blanks += c.blank;
	}
	return blanks >= 2 && w->npages % 2 == 0;
}

/* Make the blank page c a back of the paper before it: of no kind of its
 * own, in that paper's document. */
static void
make_back(lr_page_class *c)
{
	c->blank = c->starts = 0;
	c->conf = 0.6;
}

/* The class of the page before page i, the blank backs passed over. */
static const lr_page_class *
before(const lr_page_class *cls, const char *back, int i)
{
	while (--i >= 0 && back[i])
		;
	return i >= 0 ? &cls[i] : NULL;
}

/* Classify page i of w into cls[i] after the pages before it, back[] set
 * for the blank ones that are backs: a blank of a duplex scan (duplex),
 * or one whose next page goes on with the paper before it ("Điều 3.")
 * rather than begin a document. */
static void
classify_one(const lr_extractor *x, const lr_doc_words *w, int duplex,
    lr_page_class *cls, char *back, int i)
{
	const lr_page_class *prev = before(cls, back, i);
	lr_page_class c;

	lr_extract_page_kind(x, &w->pages[i], prev, &cls[i]);
	if (cls[i].blank && duplex && prev != NULL) {
		back[i] = 1;
		make_back(&cls[i]);
	} else if (i >= 2 && cls[i - 1].blank && !cls[i - 2].blank) {
		lr_extract_page_kind(x, &w->pages[i], &cls[i - 2], &c);
		if (c.goes_on) {
			back[i - 1] = 1;
			make_back(&cls[i - 1]);
			cls[i] = c;
		}
	}
}

/* Classify the pages of w into cls (w->npages of them): the two halves of
 * one sheet are facing pages of one document, and so is a page scanned
 * twice; a blank back is its paper's; a plan's page that the register
 * starts on is the plan's; a register fed before its owners' page is
 * theirs. */
static void
classify(const lr_extractor *x, const json_t *rec, const lr_doc_words *w,
    lr_page_class *cls, char *back)
{
	int duplex = duplex_backs(x, rec, w);

	for (int i = 0; i < w->npages; i++) {
		const lr_page_class *prev;
		int k = reviewed_kind(rec, w->pages[i].n);

		classify_one(x, w, duplex, cls, back, i);
		prev = before(cls, back, i);
		if (prev != NULL && same_sheet(rec, w->pages[i - 1].n,
		    w->pages[i].n))
			lr_page_kind_goes_on(prev, &cls[i]);
		else if (prev != NULL && lr_page_repeats(&w->pages[i - 1],
		    &w->pages[i])) {
			cls[i].kind = prev->kind;
			cls[i].starts = 0;
		}
		if (k < 0 || (lr_page_kind)k == cls[i].kind) {
			if (k >= 0)
				cls[i].conf = 1;
			continue;
		}
		cls[i].starts = prev == NULL ||
		    lr_page_kind_is_cert(prev->kind) !=
		    lr_page_kind_is_cert((lr_page_kind)k) ||
		    (!lr_page_kind_is_cert((lr_page_kind)k) &&
		    prev->kind != (lr_page_kind)k) || cls[i].starts;
		cls[i].kind = (lr_page_kind)k;
		cls[i].conf = 1;
	}
	plan_pages(rec, w, cls);
	register_first(rec, w, cls);
}

/* The words of pages a..b-1 of w, through their JSON form wj. */
static lr_doc_words *
sub_words(const json_t *wj, int a, int b, lr_err *err)
{
	json_t *pages = json_array(), *j;
	lr_doc_words *d;

	for (int i = a; i < b; i++)
		json_array_append(pages, json_array_get(json_object_get(wj,
		    "pages"), (size_t)i));
	j = json_pack("{s:o}", "pages", pages);
	d = j != NULL ? lr_words_from_json(j, err) : NULL;
	if (j == NULL)
		lr_err_sys(err, "out of memory");
	json_decref(j);
	return d;
}

/* The document (0-based) page n of rec belongs to: the one of the last
 * page read at or before it (the first for pages before any). */
static int
doc_of(const lr_doc_words *w, const int *first, int ndocs, int n)
{
	int d = 0;

	for (int k = 0; k < ndocs; k++)
		if (w->pages[first[k]].n <= n)
			d = k;
	return d;
}

/* rec's pages of document d, each read one with its kind. */
static json_t *
doc_pages(const json_t *rec, const lr_doc_words *w, const lr_page_class *cls,
    const int *first, int ndocs, int d)
{
	json_t *out = json_array(), *pg, *cp;
	size_t i;

	json_array_foreach(json_object_get(rec, "pages"), i, pg) {
		int n = (int)json_integer_value(json_object_get(pg, "n"));
		if (doc_of(w, first, ndocs, n) != d)
			continue;
		cp = json_deep_copy(pg);
		for (int k = 0; k < w->npages; k++)
			if (w->pages[k].n == n) {
				json_object_set_new(cp, "page_kind", json_string(
				    lr_page_kind_name(cls[k].kind)));
				json_object_set_new(cp, "page_kind_conf",
				    json_real((int)(cls[k].conf * 100 + .5) /
				    100.0));
				if (cls[k].spread)
					json_object_set_new(cp, "spread",
					    json_true());
			}
		json_array_append_new(out, cp);
	}
	return out;
}

/* The fields of a paper that is neither decision nor certificate: none,
 * in the record's shape. */
static json_t *
no_fields(void)
{
	return json_pack("{s:n,s:[],s:[],s:n,s:{},s:[]}", "decision", "owners",
	    "parcels", "house", "fields", "review");
}

/* The fields of document words d of kind k. */
static json_t *
read_doc(const lr_extractor *x, const lr_doc_words *d, lr_page_kind k,
    double review_below, lr_err *err)
{
	if (k == LR_PAGE_DECISION)
		return lr_extract(x, d, review_below, err);
	if (lr_page_kind_is_cert(k))
		return lr_x_certificate(x, d, review_below, err);
	return no_fields();
}

/* Record d of ndocs: a copy of rec with its pages, kind and fields. */
static json_t *
doc_record(const lr_extractor *x, const json_t *rec, const lr_doc_words *w,
    const json_t *wj, const lr_page_class *cls, const int *first, int ndocs,
    int d, double review_below, lr_err *err)
{
	int b = d + 1 < ndocs ? first[d + 1] : w->npages;
	lr_page_kind k = cls[first[d]].kind;
	lr_doc_words *sub = sub_words(wj, first[d], b, err);
	json_t *out = json_deep_copy(rec), *f;
	const char *id = lr_record_id(rec);
	char *nid = NULL;

	if (sub == NULL || out == NULL ||
	    (f = read_doc(x, sub, k, review_below, err)) == NULL) {
		lr_words_free(sub);
		json_decref(out);
		return NULL;
	}
	json_object_update(out, f);
	json_decref(f);
	json_object_set_new(out, "pages", doc_pages(rec, w, cls, first, ndocs,
	    d));
	review_kinds(x, out);
	json_object_set_new(out, "document_kind", json_string(
	    lr_page_kind_is_cert(k) ? "certificate" : lr_page_kind_name(k)));
	if (json_object_get(rec, "ocr") != NULL)
		json_object_set_new(out, "ocr", lr_words_to_json(sub));
	if (ndocs > 1 && asprintf(&nid, "%s/%d", id, d + 1) > 0) {
		json_object_set_new(out, "dossier", json_string(id));
		json_object_set_new(out, "id", json_string(nid));
	}
	free(nid);
	lr_words_free(sub);
	return out;
}

/* Change-register entries of the certificates in docs that cite a
 * decision read in docs: "decision_id", the id of its record. */
static void
link_changes(json_t *docs)
{
	size_t i, k, j;
	json_t *a, *b, *c;

	json_array_foreach(docs, i, a) {
		const char *num = json_string_value(json_object_get(
		    json_object_get(a, "decision"), "number"));
		json_array_foreach(docs, k, b)
			json_array_foreach(json_object_get(json_object_get(b,
			    "certificate"), "changes"), j, c)
				if (num != NULL && same_decision(num,
				    json_string_value(json_object_get(c,
				    "decision"))))
					json_object_set(c, "decision_id",
					    json_object_get(a, "id"));
	}
}

json_t *
lr_extract_documents(const lr_extractor *x, const json_t *rec,
    const lr_doc_words *w, double review_below, lr_err *err)
{
	lr_page_class *cls = calloc((size_t)w->npages + 1, sizeof(*cls));
	char *back = calloc((size_t)w->npages + 1, 1);
	int *first = calloc((size_t)w->npages + 1, sizeof(*first));
	json_t *out = json_array(), *wj = lr_words_to_json(w), *r, *f;
	int ndocs = 0;

	if (cls == NULL || back == NULL || first == NULL || out == NULL ||
	    wj == NULL)
		goto oom;
	if (w->npages == 0) {	/* nothing read: as one decision */
		if ((f = lr_extract(x, w, review_below, err)) == NULL ||
		    (r = json_deep_copy(rec)) == NULL)
			goto oom;
		json_object_update(r, f);
		json_decref(f);
		json_array_append_new(out, r);
		goto done;
	}
	classify(x, rec, w, cls, back);
	for (int i = 0; i < w->npages; i++)
		if (i == 0 || cls[i].starts)
			first[ndocs++] = i;
	for (int d = 0; d < ndocs; d++) {
		if ((r = doc_record(x, rec, w, wj, cls, first, ndocs, d,
		    review_below, err)) == NULL)
			goto fail;
		json_array_append_new(out, r);
	}
	link_changes(out);
done:
	free(cls), free(back), free(first);
	json_decref(wj);
	return out;
oom:
	lr_err_sys(err, "out of memory");
fail:
	free(cls), free(back), free(first);
	json_decref(wj), json_decref(out);
	return NULL;
}
