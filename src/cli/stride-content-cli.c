/* stride-content-cli.c — the content's command line: --validate, --vocabulary, launch ids
 *
 * Headless: called from stride-cli.c before any window exists.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>

#include "stride-cli.h"
#include "stride-content-cli.h"

static void
print_messages (GPtrArray *messages)
{
  for (guint i = 0; i < messages->len; i++)
    g_printerr ("%s\n", (const char *) g_ptr_array_index (messages, i));
}

static char *
describe (StrideContent *content)
{
  static const struct { StrideKind kind; const char *label; } counted[] = {
    { STRIDE_KIND_STRUCTURE, "structures" }, { STRIDE_KIND_CONDITION, "conditions" },
    { STRIDE_KIND_QUESTION, "questions" }, { STRIDE_KIND_RED_FLAG, "red flags" },
    { STRIDE_KIND_TEST, "self-tests" }, { STRIDE_KIND_EXERCISE, "exercises" },
    { STRIDE_KIND_ROUTINE, "routines" }, { STRIDE_KIND_VIDEO, "videos" },
    { STRIDE_KIND_PROGRAM, "programs" },
  };
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (counted); i++)
    g_string_append_printf (text, "%s%u %s", i > 0 ? ", " : "",
                            stride_content_get_items (content, counted[i].kind)->len, counted[i].label);
  return g_string_free (text, FALSE);
}

/* A pack is valid on its own, or as an add-on to the bundled pack (as a user pack in
 * $XDG_DATA_HOME/stride/packs would be loaded); when it is neither, the shorter list of
 * problems is the one that helps. */
int
stride_content_cli_validate (const char *dir)
{
  g_autoptr(GPtrArray) errors = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(StrideContent) content = NULL;
  g_autofree char *summary = NULL;
  const char *bundled = stride_content_get_bundled_dir ();
  const char *name = dir != NULL ? dir : bundled;

  if (dir != NULL && !g_file_test (dir, G_FILE_TEST_IS_DIR))
    {
      g_printerr (_("stride: “%s” is not a directory: give --validate a content pack directory\n"), dir);
      return 2;
    }

  content = stride_content_load_pack (name, errors);
  if (content == NULL && dir != NULL)
    {
      g_autoptr(StrideContent) base = stride_content_load_pack (bundled, NULL);
      g_autoptr(GPtrArray) layered_errors = g_ptr_array_new_with_free_func (g_free);

      if (base != NULL && stride_content_add_pack (base, dir, layered_errors))
        {
          summary = describe (base);
          g_print (_("%s: valid as an add-on to the bundled pack (together: %s)\n"), dir, summary);
          return 0;
        }
      if (base != NULL && layered_errors->len < errors->len)
        {
          g_clear_pointer (&errors, g_ptr_array_unref);
          errors = g_steal_pointer (&layered_errors);
        }
    }

  if (content == NULL)
    {
      print_messages (errors);
      g_printerr (g_dngettext (GETTEXT_PACKAGE, "%s: %u problem: the pack is not valid\n",
                               "%s: %u problems: the pack is not valid\n", errors->len),
                  name, errors->len);
      return 1;
    }

  /* Valid alone is not enough for a pack the app loads beside the bundled one: it applies
   * the same rules (no pack id twice, no bundled id redefined), and so does --validate.
   * The bundled pack itself, however its folder is named (or a copy of it, such as the
   * source tree's), is not an add-on: laid over its loaded copy every id would clash. */
  if (dir != NULL && g_strcmp0 (dir, bundled) != 0)
    {
      g_autoptr(StrideContent) base = stride_content_load_pack (bundled, NULL);
      g_autoptr(GPtrArray) layered_errors = g_ptr_array_new_with_free_func (g_free);

      if (base != NULL && !stride_content_shares_pack (base, content) &&
          !stride_content_add_pack (base, dir, layered_errors))
        {
          print_messages (layered_errors);
          g_printerr (g_dngettext (GETTEXT_PACKAGE,
                                   "%s: valid on its own, but Stride refuses it as a user pack (%u problem)\n",
                                   "%s: valid on its own, but Stride refuses it as a user pack (%u problems)\n",
                                   layered_errors->len),
                      dir, layered_errors->len);
          return 1;
        }
    }

  summary = describe (content);
  g_print (_("%s: valid (%s)\n"), name, summary);
  return 0;
}

static void
add_id_array (JsonBuilder   *builder,
              StrideContent *content,
              StrideKind     kind)
{
  GPtrArray *items = stride_content_get_items (content, kind);

  json_builder_begin_array (builder);
  for (guint i = 0; i < items->len; i++)
    json_builder_add_string_value (builder, *(const char **) g_ptr_array_index (items, i));
  json_builder_end_array (builder);
}

static void
add_answers (JsonBuilder *builder,
             GPtrArray   *answers)
{
  json_builder_begin_array (builder);
  for (guint i = 0; i < answers->len; i++)
    json_builder_add_string_value (builder, ((StrideAnswer *) g_ptr_array_index (answers, i))->id);
  json_builder_end_array (builder);
}

static void
add_questions (JsonBuilder   *builder,
               StrideContent *content)
{
  static const char * const kinds[] = { "one", "many", "number" };
  GPtrArray *questions = stride_content_get_items (content, STRIDE_KIND_QUESTION);

  json_builder_begin_object (builder);
  for (guint i = 0; i < questions->len; i++)
    {
      const StrideQuestion *q = g_ptr_array_index (questions, i);

      json_builder_set_member_name (builder, q->id);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "kind");
      json_builder_add_string_value (builder, kinds[q->kind]);
      json_builder_set_member_name (builder, "answers");
      add_answers (builder, q->answers);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

static void
add_tests (JsonBuilder   *builder,
           StrideContent *content)
{
  static const char * const kinds[] = { "number", "choice", "bool" };
  GPtrArray *tests = stride_content_get_items (content, STRIDE_KIND_TEST);

  json_builder_begin_object (builder);
  for (guint i = 0; i < tests->len; i++)
    {
      const StrideSelfTest *t = g_ptr_array_index (tests, i);

      json_builder_set_member_name (builder, t->id);
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "per_side");
      json_builder_add_boolean_value (builder, t->per_side);
      json_builder_set_member_name (builder, "fields");
      json_builder_begin_object (builder);
      for (guint j = 0; j < t->fields->len; j++)
        {
          const StrideField *f = g_ptr_array_index (t->fields, j);

          json_builder_set_member_name (builder, f->id);
          json_builder_begin_object (builder);
          json_builder_set_member_name (builder, "kind");
          json_builder_add_string_value (builder, kinds[f->kind]);
          if (f->kind == STRIDE_FIELD_CHOICE)
            {
              json_builder_set_member_name (builder, "choices");
              add_answers (builder, f->choices);
            }
          json_builder_end_object (builder);
        }
      json_builder_end_object (builder);
      json_builder_end_object (builder);
    }
  json_builder_end_object (builder);
}

char *
stride_content_vocabulary_json (StrideContent *content)
{
  static const struct { const char *key; StrideKind kind; } lists[] = {
    { "structures", STRIDE_KIND_STRUCTURE }, { "questions", STRIDE_KIND_QUESTION },
    { "red_flags", STRIDE_KIND_RED_FLAG }, { "conditions", STRIDE_KIND_CONDITION },
    { "findings", STRIDE_KIND_FINDING }, { "cautions", STRIDE_KIND_CAUTION },
    { "exercises", STRIDE_KIND_EXERCISE }, { "tests", STRIDE_KIND_TEST },
    { "routines", STRIDE_KIND_ROUTINE }, { "videos", STRIDE_KIND_VIDEO },
    { "programs", STRIDE_KIND_PROGRAM },
  };
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (content != NULL, NULL);

  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (lists); i++)
    {
      json_builder_set_member_name (builder, lists[i].key);
      if (lists[i].kind == STRIDE_KIND_QUESTION)
        add_questions (builder, content);
      else if (lists[i].kind == STRIDE_KIND_TEST)
        add_tests (builder, content);
      else
        add_id_array (builder, content, lists[i].kind);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  return json_generator_to_data (generator, NULL);
}

/* The packs a headless command reports one by one; beyond them, one line says how many more. */
#define MAX_PACKS_LISTED 5

/* "stride: OPTION: content pack “Title” skipped: FILE:LINE:COL: first problem", with a
 * pointer to --validate when the pack has more problems than the first. */
static void
print_skipped_pack (const char              *option,
                    const StrideSkippedPack *pack)
{
  const char *first = pack->messages->len > 0 ? g_ptr_array_index (pack->messages, 0) : "";
  g_autofree char *more = NULL;
  g_autofree char *line = NULL;

  if (pack->messages->len > 1)
    /* Translators: %u is a count of problems, %s a directory; keep “stride --validate” */
    more = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         " (and %u more problem: “stride --validate %s” lists it)",
                                         " (and %u more problems: “stride --validate %s” lists them)",
                                         pack->messages->len - 1),
                            pack->messages->len - 1, pack->dir);
  /* Translators: an option such as --match, a pack's title, then its first problem (which
   * names the file and the place) */
  line = g_strdup_printf (_("stride: %s: content pack “%s” skipped: %s%s"), option, pack->title, first,
                          more != NULL ? more : "");
  g_printerr ("%s\n", g_strdelimit (line, "\r\n", ' '));
}

/* A user pack that did not load is not silent on the command line either: the app shows a
 * notice, and a script's author sees these lines on standard error. Standard output and
 * the exit status stay what the command's contract says. */
static void
print_skipped_packs (const char    *option,
                     StrideContent *content)
{
  GPtrArray *skipped = stride_content_get_skipped_packs (content);
  guint listed = MIN (skipped->len, MAX_PACKS_LISTED);

  for (guint i = 0; i < listed; i++)
    print_skipped_pack (option, g_ptr_array_index (skipped, i));
  if (skipped->len > listed)
    /* Translators: an option such as --match, a count of content packs, then a directory */
    g_printerr (g_dngettext (GETTEXT_PACKAGE, "stride: %s: %u more content pack skipped in %s\n",
                             "stride: %s: %u more content packs skipped in %s\n", skipped->len - listed),
                option, skipped->len - listed, stride_content_get_user_packs_dir ());
}

/* The app's content, user packs included; NULL (with the problems printed) when the
 * bundled pack does not load. */
static StrideContent *
load_bundled_and_user_packs (void)
{
  g_autoptr(GPtrArray) warnings = g_ptr_array_new_with_free_func (g_free);
  StrideContent *content = stride_content_load_default (warnings);

  if (content == NULL)
    {
      print_messages (warnings);
      g_printerr (_("stride: the bundled content pack in “%s” is not valid\n"),
                  stride_content_get_bundled_dir ());
    }
  return content;
}

StrideContent *
stride_content_cli_load (const char *option)
{
  StrideContent *content = NULL;

  g_return_val_if_fail (option != NULL, NULL);

  content = load_bundled_and_user_packs ();
  if (content != NULL)
    print_skipped_packs (option, content);
  return content;
}

int
stride_content_cli_vocabulary (void)
{
  g_autoptr(StrideContent) content = stride_content_cli_load ("--vocabulary");
  g_autofree char *json = NULL;

  if (content == NULL)
    return 1;

  json = stride_content_vocabulary_json (content);
  g_print ("%s\n", json);
  return 0;
}

int
stride_content_cli_check_launch (const char *kind,
                                 const char *id)
{
  static const char * const kinds[] = { "structure", "condition", "exercise", "test", "routine", "program", NULL };
  static const StrideKind content_kinds[] = {
    STRIDE_KIND_STRUCTURE, STRIDE_KIND_CONDITION, STRIDE_KIND_EXERCISE, STRIDE_KIND_TEST,
    STRIDE_KIND_ROUTINE, STRIDE_KIND_PROGRAM,
  };
  g_autoptr(StrideContent) content = NULL;

  g_return_val_if_fail (kind != NULL && id != NULL, 2);

  for (guint i = 0; kinds[i] != NULL; i++)
    {
      if (!g_str_equal (kinds[i], kind))
        continue;

      content = load_bundled_and_user_packs ();
      if (content == NULL)
        return 1;
      if (stride_content_find (content, content_kinds[i], id) == NULL)
        {
          g_autofree char *option = g_strconcat ("--", kind, NULL);

          /* The id may be one a skipped pack would have added: say which packs those are. */
          print_skipped_packs (option, content);
          g_printerr (_("stride: unknown %s “%s” (run “stride --vocabulary” to list them)\n"), kind, id);
          return 2;
        }
      return STRIDE_CLI_CONTINUE;
    }
  return STRIDE_CLI_CONTINUE;
}
