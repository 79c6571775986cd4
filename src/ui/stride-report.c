/* stride-report.c — a PDF for a physiotherapist
 *
 * Drawn with cairo and Pango on A4 PDF pages: the latest self-test per side, its
 * findings, how regularly the routines were done in the last four weeks, and the pain
 * ratings after sessions as a small chart. Plain black on white, made to be printed.
 * Each block is measured before it is drawn: when it does not fit above the footer, a
 * new page starts; every page has the footer and its number.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>
#include <pango/pangocairo.h>

#include "stride-self-test-record.h"
#include "stride-progress-stats.h"
#include "stride-report.h"

#define PAGE_W  595.0
#define PAGE_H  842.0
#define MARGIN   48.0
#define TEXT_W  (PAGE_W - 2 * MARGIN)
#define FOOTER_H 36.0
#define BODY_BOTTOM (PAGE_H - MARGIN - FOOTER_H)

typedef struct
{
  cairo_t       *cr;
  double         y;
  guint          page;      /* 1, 2, … */
  StrideContent *content;   /* names tests and fields; NULL prints their ids */
  GString       *transcript;  /* the words written, one block a line; may be NULL */
} Pen;

/* Keeps what a block says, so the report's words can be read back (tests, not drawing). */
static void
note_text (Pen        *pen,
           const char *text)
{
  if (pen->transcript != NULL)
    g_string_append_printf (pen->transcript, "%s\n", text);
}

static PangoLayout *
make_layout (Pen        *pen,
             const char *text,
             const char *font,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (pen->cr);
  PangoFontDescription *description = pango_font_description_from_string (font);

  pango_layout_set_font_description (layout, description);
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_text (layout, text, -1);
  pango_font_description_free (description);
  return layout;
}

static void
draw_footer (Pen *pen)
{
  g_autofree char *number = g_strdup_printf (_("Page %u"), pen->page);
  PangoLayout *note = make_layout (pen, _("Stride informs and coaches; it does not diagnose. These are "
                                          "self-measurements at home, not clinical tests."),
                                   "Sans Italic 8", TEXT_W - 60);
  PangoLayout *page = make_layout (pen, number, "Sans 8", 60);

  pango_layout_set_alignment (page, PANGO_ALIGN_RIGHT);
  cairo_move_to (pen->cr, MARGIN, PAGE_H - MARGIN - FOOTER_H + 12);
  pango_cairo_show_layout (pen->cr, note);
  cairo_move_to (pen->cr, PAGE_W - MARGIN - 60, PAGE_H - MARGIN - FOOTER_H + 12);
  pango_cairo_show_layout (pen->cr, page);
  g_object_unref (note);
  g_object_unref (page);
}

/* A block HEIGHT points tall goes on this page if it fits above the footer; otherwise
 * this page is finished and the block starts the next one. */
static void
make_room (Pen    *pen,
           double  height)
{
  if (pen->y + height <= BODY_BOTTOM || pen->y <= MARGIN)
    return;
  draw_footer (pen);
  cairo_show_page (pen->cr);
  pen->page++;
  pen->y = MARGIN;
}

static void
write_text (Pen        *pen,
            const char *text,
            const char *font,
            double      indent,
            double      space_after)
{
  PangoLayout *layout = make_layout (pen, text, font, TEXT_W - indent);
  int height;

  note_text (pen, text);
  pango_layout_get_pixel_size (layout, NULL, &height);
  make_room (pen, height);
  cairo_move_to (pen->cr, MARGIN + indent, pen->y);
  pango_cairo_show_layout (pen->cr, layout);
  pen->y += height + space_after;
  g_object_unref (layout);
}

/* A bulleted item: the text hangs beside the bullet, and wraps under itself. */
static void
write_bullet (Pen        *pen,
              const char *text)
{
  PangoLayout *layout = make_layout (pen, text, "Sans 10", TEXT_W - 20);
  int height;

  note_text (pen, text);
  pango_layout_get_pixel_size (layout, NULL, &height);
  make_room (pen, height);
  cairo_move_to (pen->cr, MARGIN + 8, pen->y);
  {
    PangoLayout *bullet = make_layout (pen, "•", "Sans 10", 12);

    pango_cairo_show_layout (pen->cr, bullet);
    g_object_unref (bullet);
  }
  cairo_move_to (pen->cr, MARGIN + 20, pen->y);
  pango_cairo_show_layout (pen->cr, layout);
  pen->y += height + 2;
  g_object_unref (layout);
}

/* A heading never ends a page: it moves on with the first lines under it. */
static void
heading (Pen        *pen,
         const char *text)
{
  make_room (pen, 8 + 20 + 40);
  pen->y += 8;
  write_text (pen, text, "Sans Bold 12", 0, 4);
}

/* In the reader's language: a report is read by a person, often a clinician. */
static char *
format_date (GDateTime *date)
{
  /* Translators: a date, see g_date_time_format(); e.g. "26 November 2026" */
  return g_date_time_format (date, _("%-d %B %Y"));
}

static void
write_adherence (Pen           *pen,
                 StrideHistory *history,
                 GDateTime     *now)
{
  g_autoptr(GArray) weeks = stride_stats_sessions_per_week (history, now, 4);
  g_autoptr(GString) text = g_string_new (NULL);
  guint current = 0, longest = 0, total = 0;

  stride_stats_streaks (history, now, &current, &longest);
  for (guint i = 0; i < weeks->len; i++)
    total += g_array_index (weeks, guint, i);

  heading (pen, _("Adherence"));
  g_string_append_printf (text, _("%u sessions in the last 4 weeks (per week, oldest first: "), total);
  for (guint i = 0; i < weeks->len; i++)
    g_string_append_printf (text, "%s%u", i > 0 ? ", " : "", g_array_index (weeks, guint, i));
  g_string_append_printf (text, _("). Current streak %u days, longest %u days."), current, longest);
  write_text (pen, text->str, "Sans 10", 0, 2);
}

static void
draw_pain_chart (Pen       *pen,
                 GPtrArray *pain)
{
  double x0 = MARGIN + 24, w = TEXT_W - 24, h = 90;
  guint n = MIN (pain->len, 30);
  guint first = pain->len - n;

  make_room (pen, h + 10);
  cairo_set_source_rgb (pen->cr, 0.6, 0.6, 0.6);
  cairo_set_line_width (pen->cr, 0.5);
  for (int level = 0; level <= 10; level += 5)
    {
      g_autofree char *label = g_strdup_printf ("%d", level);
      double y = pen->y + h * (1 - level / 10.0);

      cairo_move_to (pen->cr, x0, y);
      cairo_line_to (pen->cr, x0 + w, y);
      cairo_stroke (pen->cr);
      cairo_move_to (pen->cr, MARGIN, y + 3);
      cairo_show_text (pen->cr, label);
    }

  cairo_set_source_rgb (pen->cr, 0, 0, 0);
  cairo_set_line_width (pen->cr, 1.5);
  for (guint i = 0; i < n; i++)
    {
      StrideStatPoint *point = g_ptr_array_index (pain, first + i);
      double x = x0 + (n > 1 ? w * i / (n - 1) : w / 2);
      double y = pen->y + h * (1 - point->value / 10.0);

      if (i == 0)
        cairo_move_to (pen->cr, x, y);
      else
        cairo_line_to (pen->cr, x, y);
    }
  cairo_stroke (pen->cr);
  pen->y += h + 10;
}

static void
write_pain (Pen           *pen,
            StrideHistory *history)
{
  g_autoptr(GPtrArray) pain = stride_stats_pain (history);
  g_autofree char *text = NULL;
  double first_half = 0, second_half = 0;
  guint half;

  heading (pen, _("Pain after sessions (0–10)"));
  if (pain->len == 0)
    {
      write_text (pen, _("No pain ratings yet."), "Sans 10", 0, 2);
      return;
    }

  half = pain->len / 2;
  for (guint i = 0; i < pain->len; i++)
    {
      double v = ((StrideStatPoint *) g_ptr_array_index (pain, i))->value;

      if (i < half)
        first_half += v;
      else
        second_half += v;
    }
  if (half > 0)
    text = g_strdup_printf (_("%u ratings. Average %.1f in the earlier half, %.1f in the later half."),
                            pain->len, first_half / half, second_half / (pain->len - half));
  else
    text = g_strdup_printf (_("1 rating: %.0f."), second_half);
  write_text (pen, text, "Sans 10", 0, 6);
  draw_pain_chart (pen, pain);
}

static const StrideField *
find_field (const StrideSelfTest *test,
            const char         *id)
{
  for (guint i = 0; test != NULL && i < test->fields->len; i++)
    {
      const StrideField *field = g_ptr_array_index (test->fields, i);

      if (g_str_equal (field->id, id))
        return field;
    }
  return NULL;
}

/* A choice's words instead of its id */
static const char *
choice_text (const StrideField *field,
             const char        *id)
{
  for (guint i = 0; field != NULL && field->choices != NULL && i < field->choices->len; i++)
    {
      const StrideAnswer *choice = g_ptr_array_index (field->choices, i);

      if (g_str_equal (choice->id, id))
        return choice->text;
    }
  return id;
}

/* A value as the reader says it: "70°", "45 s", "Knee caves in", "yes"; "–" when missing. */
static char *
side_value (StrideSelfTestRecord *record,
            const char           *test_id,
            StrideSide            side,
            const char           *field_id,
            const StrideField    *field)
{
  StrideTestValue value;
  char number[G_ASCII_DTOSTR_BUF_SIZE];

  if (!stride_self_test_record_get_value (record, test_id, side, field_id, &value))
    return g_strdup ("–");
  if (value.kind == STRIDE_TEST_VALUE_CHOICE)
    return g_strdup (choice_text (field, value.choice));
  if (value.kind == STRIDE_TEST_VALUE_BOOLEAN)
    return g_strdup (value.boolean ? _("yes") : _("no"));

  g_snprintf (number, sizeof number, "%g", value.number);
  if (field == NULL || field->unit == NULL)
    return g_strdup (number);
  if (g_str_equal (field->unit, "°"))
    return g_strconcat (number, field->unit, NULL);
  /* Translators: a measured value and its unit, e.g. "45 s" */
  return g_strdup_printf (C_("value with unit", "%s %s"), number, field->unit);
}

/* The fields TEST has values for on SIDE, into FIELDS (the strings stay in STRINGS). */
static void
add_fields (GHashTable           *fields,
            GPtrArray            *strings,
            StrideSelfTestRecord *record,
            const char           *test_id,
            StrideSide            side)
{
  GStrv ids = stride_self_test_record_dup_fields (record, test_id, side);

  g_ptr_array_add (strings, ids);
  for (guint i = 0; ids[i] != NULL; i++)
    g_hash_table_add (fields, ids[i]);
}

/* " (was 70°)" when the first self-test had another value */
static char *
was_text (StrideSelfTestRecord *earlier,
          const char           *test_id,
          StrideSide            side,
          const char           *field_id,
          const StrideField    *field,
          const char           *now)
{
  g_autofree char *before = NULL;

  if (earlier == NULL)
    return g_strdup ("");
  before = side_value (earlier, test_id, side, field_id, field);
  if (g_str_equal (before, "–") || g_str_equal (before, now))
    return g_strdup ("");

  /* Translators: the value at the first self-test */
  return g_strdup_printf (_(" (was %s)"), before);
}

static void
write_test (Pen                  *pen,
            const char           *test_id,
            StrideSelfTestRecord *record,
            StrideSelfTestRecord *earlier)
{
  const StrideSelfTest *known = pen->content != NULL ? stride_content_find_test (pen->content, test_id) : NULL;
  g_autoptr(GHashTable) fields = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) strings = g_ptr_array_new_with_free_func ((GDestroyNotify) g_strfreev);
  gboolean sided = stride_self_test_record_get_test_sided (record, test_id);
  StrideSide left = sided ? STRIDE_SIDE_LEFT : STRIDE_SIDE_NONE;
  g_autofree gpointer *keys = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  guint n;

  add_fields (fields, strings, record, test_id, left);
  if (sided)
    add_fields (fields, strings, record, test_id, STRIDE_SIDE_RIGHT);

  keys = g_hash_table_get_keys_as_array (fields, &n);
  g_string_append_printf (line, "%s: ", known != NULL ? known->name : test_id);
  for (guint i = 0; i < n; i++)
    {
      const StrideField *field = find_field (known, keys[i]);
      const char *label = field != NULL ? field->text : keys[i];
      g_autofree char *left_value = side_value (record, test_id, left, keys[i], field);
      g_autofree char *right_value = sided ? side_value (record, test_id, STRIDE_SIDE_RIGHT, keys[i], field) : NULL;
      g_autofree char *left_was = was_text (earlier, test_id, left, keys[i], field, left_value);
      g_autofree char *right_was = sided ? was_text (earlier, test_id, STRIDE_SIDE_RIGHT, keys[i], field, right_value) : NULL;

      if (sided)
        /* Translators: a self-test field with its left and right values, and what they were */
        g_string_append_printf (line, _("%s%s left %s%s, right %s%s"), i > 0 ? "; " : "", label,
                                left_value, left_was, right_value, right_was);
      else
        g_string_append_printf (line, "%s%s %s%s", i > 0 ? "; " : "", label, left_value, left_was);
    }
  write_text (pen, line->str, "Sans 10", 8, 2);
}

/* A finding's side as the reader says it, not as the file stores it. */
static const char *
side_in_words (const char *side)
{
  if (g_str_equal (side, "left"))
    return C_("finding side", "left side");
  if (g_str_equal (side, "right"))
    return C_("finding side", "right side");
  if (g_str_equal (side, "both"))
    return C_("finding side", "both sides");
  return side;
}

static void
write_self_test (Pen           *pen,
                 StrideHistory *history)
{
  StrideHistoryEntry *latest = stride_history_get_latest (history, STRIDE_HISTORY_SELF_TEST);
  g_autoptr(GPtrArray) all = stride_history_list (history, STRIDE_HISTORY_SELF_TEST, NULL, NULL);
  StrideHistoryEntry *first = all->len > 1 ? g_ptr_array_index (all, 0) : NULL;
  g_autoptr(StrideSelfTestRecord) earlier = NULL;
  g_autoptr(StrideSelfTestRecord) record = NULL;
  g_auto(GStrv) tests = NULL;
  g_autofree char *title = NULL;
  g_autofree char *date = NULL;

  if (latest == NULL)
    {
      heading (pen, _("Self-test"));
      write_text (pen, _("No self-test saved."), "Sans 10", 0, 2);
      return;
    }

  date = format_date (stride_history_entry_get_date (latest));
  if (first != NULL && first != latest)
    {
      g_autofree char *first_date = format_date (stride_history_entry_get_date (first));

      earlier = stride_self_test_record_new_from_entry (first);
      /* Translators: the latest and the first self-test's dates */
      title = g_strdup_printf (_("Self-test of %s (per side; “was” is the first test, %s)"), date, first_date);
    }
  else
    {
      title = g_strdup_printf (_("Self-test of %s (per side)"), date);
    }
  heading (pen, title);
  record = stride_self_test_record_new_from_entry (latest);
  tests = stride_self_test_record_dup_tests (record);
  for (guint i = 0; tests[i] != NULL; i++)
    write_test (pen, tests[i], record, earlier);

  if (stride_self_test_record_get_n_findings (record) == 0)
    return;

  heading (pen, _("Findings"));
  for (guint i = 0; i < stride_self_test_record_get_n_findings (record); i++)
    {
      StrideSelfTestFinding finding;
      const char *text, *side;
      g_autofree char *line = NULL;

      if (!stride_self_test_record_get_finding (record, i, &finding))
        continue;
      text = finding.text != NULL ? finding.text : finding.id;
      side = finding.side;
      line = side != NULL
             /* Translators: a self-test finding, then the side it was found on */
             ? g_strdup_printf (_("%s (%s)"), text != NULL ? text : "", side_in_words (side))
             : g_strdup (text != NULL ? text : "");
      write_bullet (pen, line);
    }
}

static cairo_status_t
append_bytes_cb (void                *closure,
                 const unsigned char *data,
                 unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static GBytes *
render (StrideHistory *history,
        StrideContent *content,
        GDateTime     *now,
        GString       *transcript)
{
  GByteArray *bytes = g_byte_array_new ();
  cairo_surface_t *surface;
  g_autofree char *date = NULL;
  g_autofree char *subtitle = NULL;
  Pen pen = { NULL, MARGIN, 1, content, transcript };

  surface = cairo_pdf_surface_create_for_stream (append_bytes_cb, bytes, PAGE_W, PAGE_H);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, _("Stride report"));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Stride " PACKAGE_VERSION);
  pen.cr = cairo_create (surface);
  cairo_set_source_rgb (pen.cr, 0, 0, 0);

  date = format_date (now);
  subtitle = g_strdup_printf (_("Hip and glute exercise log, made on %s from what the user entered in Stride."), date);
  write_text (&pen, _("Stride report for a physiotherapist"), "Sans Bold 18", 0, 4);
  write_text (&pen, subtitle, "Sans 10", 0, 8);
  write_self_test (&pen, history);
  write_adherence (&pen, history, now);
  write_pain (&pen, history);

  draw_footer (&pen);

  cairo_destroy (pen.cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (bytes);
}

GBytes *
stride_report_render_pdf (StrideHistory *history,
                          StrideContent *content,
                          GDateTime     *now)
{
  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  return render (history, content, now, NULL);
}

char *
stride_report_render_text (StrideHistory *history,
                           StrideContent *content,
                           GDateTime     *now)
{
  GString *transcript = g_string_new (NULL);

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), NULL);
  g_return_val_if_fail (now != NULL, NULL);

  g_bytes_unref (render (history, content, now, transcript));
  return g_string_free (transcript, FALSE);
}

gboolean
stride_report_write_pdf (StrideHistory  *history,
                         StrideContent  *content,
                         GDateTime      *now,
                         const char     *path,
                         GError        **error)
{
  g_autoptr(GBytes) pdf = NULL;
  gsize size;
  const char *data;

  g_return_val_if_fail (STRIDE_IS_HISTORY (history), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  pdf = stride_report_render_pdf (history, content, now);
  data = g_bytes_get_data (pdf, &size);
  return g_file_set_contents_full (path, data, size, G_FILE_SET_CONTENTS_CONSISTENT, 0644, error);
}
