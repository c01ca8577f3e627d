/* Field extraction: the decision, owner, parcel and house fields of one
 * document from its OCR lines and words, with confidences and review flags. */
#ifndef LR_EXTRACT_H
#define LR_EXTRACT_H

#include <jansson.h>

#include "util/util.h"
#include "text/text.h"
#include "record/record.h"

/* The loaded label, code and settings files.  Read-only once made: one
 * extractor may serve several threads. */
typedef struct lr_extractor lr_extractor;

/* Load the data files of schemas_dir (labels.tsv, kinds.tsv, land-use.tsv,
 * numwords.tsv, extract.tsv).  units (borrowed, may be NULL) resolves
 * commune names in addresses to codes; it must outlive the extractor.
 * Returns NULL with err set (naming the file and line). */
lr_extractor *lr_extractor_new(const char *schemas_dir, const lr_units *units,
    lr_err *err);

/* Tell the sex of owners whose name, title and ID do not by their given
 * name (lr_names_sex), reviewed.  names (borrowed, NULL: not at all) must
 * outlive the extractor.  Call before the extractor is shared. */
void lr_extractor_set_names(lr_extractor *x, const lr_names *names);

/* Read addresses with the administrative units (borrowed, NULL: none),
 * in place of those x was made with: a caller that loads them only when a
 * first document is read hands them over then; they must outlive x. */
void lr_extractor_set_units(lr_extractor *x, const lr_units *units);

/* Resolve commune names that several provinces share ("xã Quảng Lâm")
 * in the province of code (two digits, copied; NULL: in none).  Without
 * one, such a name is a review item naming the communes it may be.  Call
 * before the extractor is shared.  Returns 0, or -1 with err set when code
 * is not two digits. */
int lr_extractor_set_province(lr_extractor *x, const char *code,
    lr_err *err);

/* The review threshold of extract.tsv (the default of --review-below). */
double lr_extractor_review_below(const lr_extractor *x);

/* The fields of one document from its OCR words (borrowed): a new object
 * the caller owns, with keys "decision", "owners", "parcels", "house",
 * "fields" (confidence, page and box of each value) and "review" (fields
 * under review_below, or that failed a check, with the reason).  Returns
 * NULL with err set only when out of memory. */
json_t *lr_extract(const lr_extractor *x, const lr_doc_words *w,
    double review_below, lr_err *err);

/* The same from plain page texts: lines split on \n, words on spaces,
 * confidence 100, boxes from character positions. */
json_t *lr_extract_text(const lr_extractor *x, const char *const pages[],
    int npages, double review_below, lr_err *err);

/* The land-use code (3 letters and a NUL into code) of text, a land-use
 * name ("Đất ở tại nông thôn"), a code ("ONT") or both, as the decisions
 * print them.  Returns 0, or -1 when text names no land use. */
int lr_extract_land_use(const lr_extractor *x, const char *text, char code[4]);

/* ---- Page kinds and documents (pagekind.c, documents.c) ---- */

/* What a page is.  The names (lr_page_kind_name) are the record's. */
typedef enum lr_page_kind {
	LR_PAGE_DECISION,	/* "decision": quyết định */
	LR_PAGE_SUBMISSION,	/* "submission": tờ trình */
	LR_PAGE_CERT_OWNER,	/* "certificate-owner": its title and owners */
	LR_PAGE_CERT_PARCEL,	/* "certificate-parcel": parcel, plan */
	LR_PAGE_CERT_CHANGES,	/* "certificate-changes": the change register */
	LR_PAGE_FORM,		/* "form": biên bản, phiếu, đơn, tờ khai */
	LR_PAGE_FEE_NOTICE,	/* "fee-notice": thông báo nộp tiền */
	LR_PAGE_LETTER,		/* "letter": công văn (V/v, Kính gửi) */
	LR_PAGE_OTHER,		/* "other" */
	LR_PAGE_KINDS
} lr_page_kind;

/* A page's kind, how sure (0..1), whether it begins a document (a title
 * page, or a kind that cannot continue the page before), whether it is
 * an open spread (two pages side by side on one scan) and whether, a
 * change register's page, it shows the parcel's plan above the register's
 * start (shared). */
typedef struct lr_page_class {
	lr_page_kind kind;
	double conf;
	int starts;
	int spread;
	int shared;
	int blank;		/* a separator: nothing read on it, after no
				 * certificate's page; a document of its own,
				 * and the page after it starts one (unless
				 * lr_extract_documents finds it a back) */
	int goes_on;		/* it continues prev's document by a line
				 * that only goes on ("Điều 3.", "Nơi nhận") */
} lr_page_class;

/* The record's name of kind k ("certificate-owner"), and back (-1 when
 * name is no kind's). */
const char *lr_page_kind_name(lr_page_kind k);
int lr_page_kind_of(const char *name);

/* 1 when k is a page of a land-use certificate. */
int lr_page_kind_is_cert(lr_page_kind k);

/* Classify page p (borrowed) from its title lines, labels and shape
 * (schemas/page-kinds.tsv); prev is the class of the page before it in
 * the same file, NULL for the first.  Fills out. */
void lr_extract_page_kind(const lr_extractor *x, const lr_page_words *p,
    const lr_page_class *prev, lr_page_class *out);

/* Page out, classified after prev, continues prev's document (the other
 * half of prev's sheet): it starts none, and takes the kind a page of that
 * document has after prev when its own is of another document's kind. */
void lr_page_kind_goes_on(const lr_page_class *prev, lr_page_class *out);

/* Does page b (borrowed) repeat page a, the same sheet scanned twice: of
 * b's lines of four words or more, two thirds and at least five are lines
 * of a, as read (marks and case aside)? */
int lr_page_repeats(const lr_page_words *a, const lr_page_words *b);

/* The documents of one imported record rec (borrowed; its "pages" as
 * scan-import wrote them) whose OCR words are w (borrowed; page n of w is
 * the page whose "n" is n): every page classified (a page's
 * "page_kind_reviewed", set by a clerk, is taken as it is), the pages
 * split into documents at each document's first page, and each document
 * read by the reader of its kind (decisions by lr_extract, certificates by
 * the certificate reader, other papers not at all).  Returns a new array
 * of new records, one per document in page order, each a copy of rec with
 * its own "pages" (with "page_kind", "page_kind_conf"), "document_kind"
 * and fields; when there are several, "dossier" (rec's id) and ids
 * "<id>/<k>".  NULL with err set only when out of memory. */
json_t *lr_extract_documents(const lr_extractor *x, const json_t *rec,
    const lr_doc_words *w, double review_below, lr_err *err);

/* Free x (not the units). */
void lr_extractor_free(lr_extractor *x);

#endif
