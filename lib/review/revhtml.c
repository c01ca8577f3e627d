/* Review pages: building the document pages and the index. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "record/record.h"
#include "revhtml.h"

static const char css[] =
    "body{font-family:'DejaVu Sans','Noto Sans',Arial,sans-serif;"
    "margin:1.5em;max-width:70em}"
    "table{border-collapse:collapse;margin:.5em 0}"
    "td,th{border:1px solid #bbb;padding:.25em .5em;text-align:left;"
    "vertical-align:top}"
    "section.item{border-top:2px solid #555;margin-top:1.5em}"
    "img.crop{border:1px solid #c00;max-width:100%;display:block;"
    "margin:.5em 0}"
    ".value{font-size:1.3em;font-weight:bold}"
    ".none{color:#888}";

/* Append a table row "label | text" to table. */
static void
row(xmlNodePtr table, const char *label, const char *text)
{
	xmlNodePtr tr = lr_html_add(table, "tr", NULL, NULL);

	lr_html_add(tr, "th", label, NULL);
	lr_html_add(tr, "td", text, NULL);
}

/* Append a row with the value at path in v as text. */
static void
row_value(xmlNodePtr table, const char *label, const json_t *v,
    const char *cls)
{
	char *t = lr_path_text(v);
	xmlNodePtr tr = lr_html_add(table, "tr", NULL, NULL);

	lr_html_add(tr, "th", label, NULL);
	lr_html_add(tr, "td", t != NULL ? t : "", cls);
	free(t);
}

/* The evidence of a candidate, "family_name: exact (3.1); ...". */
static void
evidence(xmlNodePtr td, const json_t *why)
{
	const char *key;
	const json_t *w;
	char buf[256];

	json_object_foreach((json_t *)why, key, w) {
		snprintf(buf, sizeof(buf), "%s: %s (%+.1f)", key,
		    json_string_value(json_object_get(w, "level")) ?
		    json_string_value(json_object_get(w, "level")) : "?",
		    json_number_value(json_object_get(w, "weight")));
		lr_html_add(td, "div", buf, NULL);
	}
}

static void
candidates(xmlNodePtr parent, const json_t *cands)
{
	xmlNodePtr table, tr;
	const json_t *c;
	size_t i;
	char w[32];

	if (json_array_size(cands) == 0) {
		lr_html_add(parent, "p", "Không có ứng viên.", "none");
		return;
	}
	table = lr_html_add(parent, "table", NULL, "candidates");
	tr = lr_html_add(table, "tr", NULL, NULL);
	lr_html_add(tr, "th", "Số định danh", NULL);
	lr_html_add(tr, "th", "Trọng số", NULL);
	lr_html_add(tr, "th", "Căn cứ", NULL);
	json_array_foreach(cands, i, c) {
		tr = lr_html_add(table, "tr", NULL, NULL);
		lr_html_add(tr, "td", json_string_value(json_object_get(c,
		    "citizen_id")), "citizen-id");
		snprintf(w, sizeof(w), "%.1f", json_number_value(
		    json_object_get(c, "weight")));
		lr_html_add(tr, "td", w, NULL);
		evidence(lr_html_add(tr, "td", NULL, NULL),
		    json_object_get(c, "why"));
	}
}

static void
owner(xmlNodePtr table, const json_t *o)
{
	row_value(table, "Họ và tên", json_object_get(o, "name"), NULL);
	row_value(table, "Năm sinh", json_object_get(o, "birth_year"), NULL);
	row_value(table, "Số giấy tờ", json_object_get(o, "id_number"), NULL);
	row_value(table, "Địa chỉ", json_object_get(o, "address"), NULL);
}

/* A page kind (record(5)) as a clerk reads it. */
static const char *
kind_vn(const char *kind)
{
	static const char *const names[][2] = {
		{ "decision", "quyết định" }, { "submission", "tờ trình" },
		{ "certificate-owner", "giấy chứng nhận: người sử dụng đất" },
		{ "certificate-parcel", "giấy chứng nhận: thửa đất" },
		{ "certificate-changes", "giấy chứng nhận: những thay đổi" },
		{ "form", "biên bản, phiếu, đơn" },
		{ "fee-notice", "thông báo nộp tiền" }, { "letter", "công văn" },
		{ "other", "khác" },
	};

	for (size_t i = 0; kind != NULL && i < sizeof(names) / sizeof(*names);
	    i++)
		if (strcmp(kind, names[i][0]) == 0)
			return names[i][1];
	return kind;
}

/* A row "Loại trang" with the kind of every page of rec that has one
 * ("trang 4: giấy chứng nhận: người sử dụng đất"); an unsure kind is also
 * a review item of its own. */
static void
page_kinds(xmlNodePtr table, const json_t *rec)
{
	const json_t *pg;
	char buf[1024] = "", one[160];
	size_t i;

	json_array_foreach(json_object_get(rec, "pages"), i, pg) {
		const char *k = json_string_value(json_object_get(pg,
		    "page_kind"));
		if (k == NULL)
			continue;
		snprintf(one, sizeof(one), "%strang %lld: %s", buf[0] ? "; " :
		    "", json_integer_value(json_object_get(pg, "n")),
		    kind_vn(k));
		if (strlen(buf) + strlen(one) < sizeof(buf))
			strcat(buf, one);
	}
	if (buf[0] != '\0')
		row(table, "Loại trang", buf);
}

/* A row "Gồm cả" naming the fields an item stands for too ("owners"). */
static void
also(xmlNodePtr table, const lr_item *it)
{
	const json_t *f;
	char buf[512] = "";
	size_t i, n = 0;

	json_array_foreach(it->also, i, f) {
		const char *s = json_string_value(f);
		size_t len = s != NULL ? strlen(s) : 0;

		if (len == 0 || n + len + 3 > sizeof(buf))
			continue;
		n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%s",
		    n > 0 ? ", " : "", s);
	}
	if (n > 0)
		row(table, "Gồm cả", buf);
}

static void
item(xmlNodePtr body, const lr_item *it, const char *crop, size_t k)
{
	xmlNodePtr sec = lr_html_add(body, "section", NULL, "item"), img, table;
	char buf[64];

	lr_html_attr(sec, "id", "item-%zu", k + 1);
	lr_html_add(sec, "h2", it->field, NULL);
	if (crop != NULL) {
		img = lr_html_add(sec, "img", NULL, "crop");
		lr_html_attr(img, "src", "%s", crop);
		lr_html_attr(img, "alt", "Ảnh quét: %s", it->field);
	} else
		lr_html_add(sec, "p", "Không có ảnh quét.", "none");
	table = lr_html_add(sec, "table", NULL, "fields");
	row_value(table, "Giá trị đọc được", it->value, "value");
	row(table, "Lý do", it->reason != NULL ? it->reason : "");
	also(table, it);
	if (it->conf >= 0) {
		snprintf(buf, sizeof(buf), "%.2f (trang %d)", it->conf, it->page);
		row(table, "Độ tin cậy", buf);
	}
	if (it->owner != NULL) {
		owner(table, it->owner);
		candidates(sec, it->candidates);
	}
}

lr_html *
lr_review_page(const json_t *rec, const lr_item *items, size_t n,
    char *const *crops, const char *index)
{
	const json_t *d = json_object_get(rec, "decision");
	char title[256];
	xmlNodePtr body, table, a;
	lr_html *h;

	snprintf(title, sizeof(title), "Kiểm tra %s", lr_record_id(rec));
	if ((h = lr_html_new(title, css)) == NULL)
		return NULL;
	body = lr_html_body(h);
	a = lr_html_add(lr_html_add(body, "p", NULL, NULL), "a",
	    "← Danh sách hồ sơ", NULL);
	lr_html_attr(a, "href", "%s", index);
	table = lr_html_add(body, "table", NULL, "decision");
	row_value(table, "Số quyết định", json_object_get(d, "number"), NULL);
	row_value(table, "Ngày", json_object_get(d, "date"), NULL);
	row_value(table, "Cơ quan", json_object_get(d, "issuer"), NULL);
	row_value(table, "Trích yếu", json_object_get(d, "title"), NULL);
	row_value(table, "Tệp quét", json_object_get(rec, "source"), NULL);
	page_kinds(table, rec);
	for (size_t i = 0; i < n; i++)
		item(body, &items[i], crops[i], i);
	return h;
}

static int
by_commune(const void *a, const void *b)
{
	const lr_review_doc *x = a, *y = b;
	int c = strcmp(x->commune, y->commune);

	return c != 0 ? c : strcmp(x->id, y->id);
}

/* The heading of the commune of docs[0], with the counts of its documents
 * (up to n), and a table with its heading row. */
static xmlNodePtr
index_table(xmlNodePtr body, const lr_review_doc *docs, size_t n)
{
	static const char *const heads[] = { "Hồ sơ", "Số quyết định",
	    "Trường cần kiểm tra", "Chủ chưa liên kết" };
	const char *commune = docs[0].commune;
	int nd = 0, nf = 0, no = 0;
	xmlNodePtr table, tr;
	char buf[256];

	for (size_t i = 0; i < n && strcmp(docs[i].commune, commune) == 0; i++) {
		nd++;
		nf += docs[i].fields;
		no += docs[i].owners;
	}
	snprintf(buf, sizeof(buf), "%s: %d hồ sơ, %d trường, %d chủ",
	    *commune ? commune : "(chưa rõ xã)", nd, nf, no);
	lr_html_add(body, "h2", buf, NULL);
	table = lr_html_add(body, "table", NULL, "docs");
	lr_html_attr(table, "data-commune", "%s", commune);
	tr = lr_html_add(table, "tr", NULL, NULL);
	for (size_t i = 0; i < sizeof(heads) / sizeof(heads[0]); i++)
		lr_html_add(tr, "th", heads[i], NULL);
	return table;
}

static void
index_row(xmlNodePtr table, const lr_review_doc *d)
{
	xmlNodePtr tr = lr_html_add(table, "tr", NULL, NULL), a;
	char buf[32];

	a = lr_html_add(lr_html_add(tr, "td", NULL, NULL), "a", d->id, NULL);
	lr_html_attr(a, "href", "%s", d->page);
	lr_html_add(tr, "td", d->number, NULL);
	snprintf(buf, sizeof(buf), "%d", d->fields);
	lr_html_add(tr, "td", buf, "count");
	snprintf(buf, sizeof(buf), "%d", d->owners);
	lr_html_add(tr, "td", buf, "count");
}

lr_html *
lr_review_index(lr_review_doc *docs, size_t n)
{
	lr_html *h = lr_html_new("Hồ sơ cần kiểm tra", css);
	xmlNodePtr body, table = NULL;
	char buf[64];

	if (h == NULL)
		return NULL;
	body = lr_html_body(h);
	snprintf(buf, sizeof(buf), "%zu hồ sơ", n);
	lr_html_add(body, "p", buf, "total");
	qsort(docs, n, sizeof(*docs), by_commune);
	for (size_t i = 0; i < n; i++) {
		if (i == 0 || strcmp(docs[i].commune, docs[i - 1].commune) != 0)
			table = index_table(body, &docs[i], n - i);
		index_row(table, &docs[i]);
	}
	return h;
}
