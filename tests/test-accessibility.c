/* test-accessibility.c — what a screen reader announces, for every page and detail view
 *
 * Walks the accessible tree in-process (no AT-SPI bus) and computes each control's name as
 * GTK 4.8 does (gtkatcontext.c: the "label" property, then the labels of the widgets it is
 * labelled by, else the type name), then fails on a control a screen reader cannot announce
 * well: no name, a type name ("GtkImage"), a mnemonic underscore read out ("_Yes"), or the
 * same words twice ("Yes Yes", "Did it hurt? Did it hurt?").
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "stride-application.h"
#include "stride-window.h"
#include "stride-test-ui.h"

static StrideApplication *shared_app;

static gboolean
is_control_role (GtkAccessibleRole role)
{
  switch ((int) role)
    {
    case GTK_ACCESSIBLE_ROLE_BUTTON:
    case GTK_ACCESSIBLE_ROLE_CHECKBOX:
    case GTK_ACCESSIBLE_ROLE_RADIO:
    case GTK_ACCESSIBLE_ROLE_SWITCH:
    case GTK_ACCESSIBLE_ROLE_MENU_ITEM:
    case GTK_ACCESSIBLE_ROLE_LINK:
    case GTK_ACCESSIBLE_ROLE_SLIDER:
    case GTK_ACCESSIBLE_ROLE_SPIN_BUTTON:
    case GTK_ACCESSIBLE_ROLE_COMBO_BOX:
    case GTK_ACCESSIBLE_ROLE_TAB:
      return TRUE;
    default:
      return FALSE;
    }
}

static gboolean
is_structural_role (GtkAccessibleRole role)
{
  switch ((int) role)
    {
    case GTK_ACCESSIBLE_ROLE_FORM:
    case GTK_ACCESSIBLE_ROLE_GROUP:
    case GTK_ACCESSIBLE_ROLE_GENERIC:
    case GTK_ACCESSIBLE_ROLE_LANDMARK:
    case GTK_ACCESSIBLE_ROLE_LIST_ITEM:
    case GTK_ACCESSIBLE_ROLE_REGION:
    case GTK_ACCESSIBLE_ROLE_SEARCH:
    case GTK_ACCESSIBLE_ROLE_SEPARATOR:
      return TRUE;
    default:
      return FALSE;
    }
}

/* GTK 4.8 has no getter for an accessible property; checking it against a value it cannot
 * have gives back the real value, printed. */
static char *
get_label_property (GtkWidget *widget)
{
  if (!gtk_test_accessible_has_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL))
    return NULL;
  return gtk_test_accessible_check_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                             "\x01 no widget is named this");
}

static gboolean
is_hidden (GtkWidget *widget)
{
  g_autofree char *value = NULL;

  if (!gtk_test_accessible_has_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN))
    return FALSE;
  value = gtk_test_accessible_check_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_HIDDEN, FALSE);
  return value != NULL;   /* not FALSE */
}

static void
collect_widgets (GtkWidget  *widget,
                 GHashTable *widgets)
{
  g_hash_table_add (widgets, widget);
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    collect_widgets (child, widgets);
}

/* The labelled-by relation, printed by GTK as "GtkLabel<0x…> GtkImage<0x…>"; the
 * addresses are looked up among the window's own widgets, never followed blindly. */
static GPtrArray *
get_labelled_by (GtkWidget  *widget,
                 GHashTable *widgets)
{
  GPtrArray *targets = g_ptr_array_new ();
  g_autofree char *printed = NULL;
  const char *p;

  if (!gtk_test_accessible_has_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY))
    return targets;
  printed = gtk_test_accessible_check_relation (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_RELATION_LABELLED_BY, NULL);
  for (p = printed != NULL ? strstr (printed, "<0x") : NULL; p != NULL; p = strstr (p + 1, "<0x"))
    {
      gpointer target = (gpointer) (guintptr) g_ascii_strtoull (p + 1, NULL, 16);

      g_assert_true (g_hash_table_contains (widgets, target));
      g_ptr_array_add (targets, target);
    }
  return targets;
}

/* gtk_at_context_get_name_accumulate() of GTK 4.8, for widgets. */
static void
accumulate_name (GtkWidget  *widget,
                 GHashTable *widgets,
                 GPtrArray  *names,
                 gboolean    recurse)
{
  char *label = get_label_property (widget);

  if (label != NULL)
    g_ptr_array_add (names, label);
  if (recurse)
    {
      g_autoptr(GPtrArray) targets = get_labelled_by (widget, widgets);

      for (guint i = 0; i < targets->len; i++)
        accumulate_name (g_ptr_array_index (targets, i), widgets, names, FALSE);
    }
  if (is_hidden (widget) || names->len > 0)
    return;
  if (!is_structural_role (gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget))))
    g_ptr_array_add (names, g_strdup (G_OBJECT_TYPE_NAME (widget)));
}

static char *
get_accessible_name (GtkWidget  *widget,
                     GHashTable *widgets)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  accumulate_name (widget, widgets, names, TRUE);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* The same run of words twice in a row: "Yes Yes", "Did it hurt? Did it hurt?". */
static gboolean
repeats_words (const char *name)
{
  g_auto(GStrv) words = g_strsplit_set (name, " \n\t", -1);
  guint n = g_strv_length (words);

  for (guint start = 0; start < n; start++)
    for (guint length = 1; start + 2 * length <= n; length++)
      {
        guint same = 0;

        while (same < length && words[start + same][0] != '\0' &&
               g_utf8_collate (words[start + same], words[start + length + same]) == 0)
          same++;
        if (same == length)
          return TRUE;
      }
  return FALSE;
}

static gboolean
is_type_name (const char *name)
{
  g_autoptr(GRegex) regex = g_regex_new ("^(Gtk|Adw|Stride)[A-Z]\\w*$", 0, 0, NULL);

  return g_regex_match (regex, name, 0, NULL);
}

static gboolean
reads_out_mnemonic (const char *name)
{
  g_autoptr(GRegex) regex = g_regex_new ("(^|\\s)_\\w", 0, 0, NULL);

  return g_regex_match (regex, name, 0, NULL);
}

/* Why NAME is a poor name, or NULL. */
static const char *
judge_name (const char *name)
{
  g_autofree char *stripped = g_strstrip (g_strdup (name));

  if (*stripped == '\0')
    return "has no name";
  if (is_type_name (stripped))
    return "is named by its type";
  if (reads_out_mnemonic (stripped))
    return "reads out a mnemonic underscore";
  if (repeats_words (stripped))
    return "says the same words twice";
  return NULL;
}

typedef struct
{
  guint    controls;
  guint    poor;
} Audit;

static void
audit_widget (GtkWidget  *widget,
              GHashTable *widgets,
              const char *view,
              Audit      *audit)
{
  GtkAccessibleRole role;

  if (!gtk_widget_get_mapped (widget))
    return;

  role = gtk_accessible_get_accessible_role (GTK_ACCESSIBLE (widget));
  if (is_control_role (role) && !is_hidden (widget))
    {
      g_autofree char *name = get_accessible_name (widget, widgets);
      const char *problem = judge_name (name);

      audit->controls++;
      if (problem != NULL)
        {
          g_autofree char *where = stride_test_describe_widget (widget);

          audit->poor++;
          g_test_message ("%s: %s “%s”: %s", view, problem, name, where);
        }
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    audit_widget (child, widgets, view, audit);
}

static void
audit_view_cb (GtkWindow  *window,
               const char *view,
               gpointer    data)
{
  g_autoptr(GHashTable) widgets = g_hash_table_new (NULL, NULL);

  collect_widgets (GTK_WIDGET (window), widgets);
  audit_widget (GTK_WIDGET (window), widgets, view, data);
}

static void
test_every_view (void)
{
  StrideWindow *window = stride_window_new (shared_app);
  Audit audit = { 0, 0 };

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, window);

  stride_test_visit_views (shared_app, GTK_WINDOW (window), audit_view_cb, &audit);

  /* Preferences, a window of its own */
  g_action_group_activate_action (G_ACTION_GROUP (shared_app), "preferences", NULL);
  {
    GtkWindow *preferences = GTK_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (shared_app)));

    stride_test_wait_until (stride_test_widget_is_mapped, preferences);
    stride_test_drain_events ();
    audit_view_cb (preferences, "preferences", &audit);
    gtk_window_destroy (preferences);
  }
  g_test_message ("controls=%u poor=%u", audit.controls, audit.poor);
  if (audit.poor > 0)
    g_test_fail_printf ("%u controls a screen reader cannot announce well (listed above)", audit.poor);
  gtk_window_destroy (GTK_WINDOW (window));
  stride_test_drain_events ();
}

/* The judge itself, on names Orca was heard to read. */
static void
test_judge (void)
{
  g_assert_nonnull (judge_name (""));
  g_assert_nonnull (judge_name ("GtkImage"));
  g_assert_nonnull (judge_name ("GtkMenuButton"));
  g_assert_nonnull (judge_name ("_Yes Yes"));
  g_assert_nonnull (judge_name ("_Front"));
  g_assert_nonnull (judge_name ("Start Start"));
  g_assert_nonnull (judge_name ("Left side: Did it hurt? Did it hurt?"));
  g_assert_null (judge_name ("Back"));
  g_assert_null (judge_name ("Play"));
  g_assert_null (judge_name ("Left side: did it hurt?"));
  g_assert_null (judge_name ("Rock_n_roll"));
}

/* A relabelled button has a new GtkLabel inside. */
static GHashTable *
widgets_after_relabel (GtkWidget  *window,
                       GHashTable *widgets)
{
  g_hash_table_remove_all (widgets);
  collect_widgets (window, widgets);
  return widgets;
}

/* Buttons as GTK 4.8 names them, and as Stride's fixes leave them. */
static void
test_button_names (void)
{
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *mnemonic = gtk_button_new_with_mnemonic ("_Yes");
  GtkWidget *icon = gtk_button_new_from_icon_name ("go-previous-symbolic");
  GtkWidget *menu = gtk_menu_button_new ();
  GtkWidget *check = gtk_check_button_new_with_mnemonic ("_Front");
  g_autoptr(GHashTable) widgets = g_hash_table_new (NULL, NULL);
  g_autofree char *mnemonic_name = NULL;
  g_autofree char *icon_name = NULL;
  g_autofree char *menu_name = NULL;
  g_autofree char *check_name = NULL;

  gtk_widget_set_tooltip_text (icon, "Back (Alt+←)");
  gtk_widget_set_tooltip_text (menu, "Main Menu");
  gtk_box_append (GTK_BOX (box), mnemonic);
  gtk_box_append (GTK_BOX (box), icon);
  gtk_box_append (GTK_BOX (box), menu);
  gtk_box_append (GTK_BOX (box), check);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
  stride_test_wait_until (stride_test_widget_is_mapped, check);
  collect_widgets (window, widgets);

  mnemonic_name = get_accessible_name (mnemonic, widgets);
  icon_name = get_accessible_name (icon, widgets);
  menu_name = get_accessible_name (menu, widgets);
  check_name = get_accessible_name (check, widgets);
  g_assert_cmpstr (mnemonic_name, ==, "Yes");
  g_assert_cmpstr (icon_name, ==, "Back");
  g_assert_cmpstr (menu_name, ==, "Main Menu");
  g_assert_cmpstr (check_name, ==, "Front");

  /* Relabelled once shown, as "Next" becomes "See _Results". */
  gtk_button_set_label (GTK_BUTTON (mnemonic), "See _Results");
  g_clear_pointer (&mnemonic_name, g_free);
  mnemonic_name = get_accessible_name (mnemonic, widgets_after_relabel (window, widgets));
  g_assert_cmpstr (mnemonic_name, ==, "See Results");

  /* The name follows the tooltip, as the play button's does. */
  gtk_widget_set_tooltip_text (icon, "Forward");
  g_clear_pointer (&icon_name, g_free);
  icon_name = get_accessible_name (icon, widgets);
  g_assert_cmpstr (icon_name, ==, "Forward");
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  int status;
  g_autofree char *data_dir = stride_test_use_private_data_dir ();

  gtk_test_init (&argc, &argv, NULL);
  adw_init ();

  shared_app = stride_test_register_app ();

  g_test_add_func ("/stride/accessibility/judge", test_judge);
  g_test_add_func ("/stride/accessibility/button-names", test_button_names);
  g_test_add_func ("/stride/accessibility/every-view", test_every_view);

  status = g_test_run ();
  g_clear_object (&shared_app);
  stride_test_remove_tree (data_dir);
  return status;
}
