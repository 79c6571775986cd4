/* stride-conditions-page.c — the Conditions page: a searchable list and a page per condition
 *
 * The list is grouped by the body region a condition belongs to. A condition's page puts
 * when to see a clinician first, then where it hurts (its location answers marked on the
 * body map), how it feels and what helps, and links to exercises, structures and sources.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "stride-body-map.h"
#include "stride-condition-item.h"
#include "stride-conditions-page.h"
#include "stride-reading.h"
#include "stride-widget-util.h"

struct _StrideConditionsPage
{
  StridePage         parent_instance;

  /* Template widgets */
  GtkStack          *stack;
  GtkSearchEntry    *search_entry;
  GtkStack          *list_stack;
  GtkScrolledWindow *list_scroller;
  GtkBox            *groups_box;
  GtkScrolledWindow *detail_scroller;
  GtkBox            *detail_box;

  /* Owned references */
  StrideContent     *content;
  char              *condition_id;
  GStrv              query;       /* casefolded words, any of which a condition may contain */
  GPtrArray         *lists;       /* GtkListBox, one per group (borrowed widgets) */
  GPtrArray         *models;      /* GListModel: what each list shows, searched and sorted */
  GPtrArray         *items;       /* StrideConditionItem: every condition, for scoring */
  GtkFilter         *filter;      /* the search's matches, shared by the groups */
  GtkSorter         *sorter;      /* best match first, shared by the groups */
};

G_DEFINE_FINAL_TYPE (StrideConditionsPage, stride_conditions_page, STRIDE_TYPE_PAGE)

/* The groups of docs/content-schema.md, in the order a reader goes down the body. */
static const struct
{
  const char *id;
  const char *title;
} groups[] = {
  { "front_of_hip_and_groin", N_("Front of the Hip and Groin") },
  { "side_of_hip", N_("Side of the Hip") },
  { "buttock_and_back", N_("Buttock and Lower Back") },
  { "thigh", N_("Thigh") },
  { "knee", N_("Knee") },
};

static const char *
group_title (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    if (g_strcmp0 (groups[i].id, id) == 0)
      return _(groups[i].title);

  return NULL;
}

/* Search: any word may match; a condition ranks by how many of the words it has, a word
 * in its name counting double, so "knee pain running downhill" puts the knee conditions
 * that running downhill aggravates first (the scoring is StrideConditionItem's). */

static gboolean
has_query (StrideConditionsPage *self)
{
  return self->query != NULL && self->query[0] != NULL;
}

static gboolean
item_matches_cb (gpointer item,
                 gpointer user_data)
{
  StrideConditionsPage *self = user_data;

  return !has_query (self) || stride_condition_item_get_score (item) > 0;
}

/* Best matches first; equal ones (and all, with no search) in the pack's order. */
static int
compare_items_cb (gconstpointer a,
                  gconstpointer b,
                  gpointer      user_data)
{
  StrideConditionItem *item_a = (StrideConditionItem *) a;
  StrideConditionItem *item_b = (StrideConditionItem *) b;
  guint score_a = stride_condition_item_get_score (item_a);
  guint score_b = stride_condition_item_get_score (item_b);
  guint order_a = stride_condition_item_get_order (item_a);
  guint order_b = stride_condition_item_get_order (item_b);

  if (score_a != score_b)
    return score_a > score_b ? GTK_ORDERING_SMALLER : GTK_ORDERING_LARGER;
  return order_a < order_b ? GTK_ORDERING_SMALLER : order_a > order_b ? GTK_ORDERING_LARGER : GTK_ORDERING_EQUAL;
}

/* The best-scoring shown item of MODEL, or NULL (transfer full) */
static StrideConditionItem *
best_item (GListModel *model)
{
  StrideConditionItem *best = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(StrideConditionItem) item = g_list_model_get_item (model, i);

      if (best == NULL || stride_condition_item_get_score (item) > stride_condition_item_get_score (best))
        g_set_object (&best, item);
    }
  return best;
}

static guint
best_score (GListModel *model)
{
  g_autoptr(StrideConditionItem) best = best_item (model);

  return best != NULL ? stride_condition_item_get_score (best) : 0;
}

/* The group holding the best match comes first; with no search, body order again. */
static void
order_groups (StrideConditionsPage *self)
{
  g_autoptr(GPtrArray) order = g_ptr_array_new ();
  GtkWidget *previous = NULL;

  for (guint i = 0; i < self->lists->len; i++)
    g_ptr_array_add (order, GUINT_TO_POINTER (i));
  for (guint i = 1; has_query (self) && i < order->len; i++)
    for (guint j = i; j > 0 && best_score (g_ptr_array_index (self->models, GPOINTER_TO_UINT (order->pdata[j]))) >
                               best_score (g_ptr_array_index (self->models, GPOINTER_TO_UINT (order->pdata[j - 1]))); j--)
      {
        gpointer swap = order->pdata[j];

        order->pdata[j] = order->pdata[j - 1];
        order->pdata[j - 1] = swap;
      }
  for (guint i = 0; i < order->len; i++)
    {
      GtkWidget *group = gtk_widget_get_parent (g_ptr_array_index (self->lists, GPOINTER_TO_UINT (order->pdata[i])));

      gtk_box_reorder_child_after (self->groups_box, group, previous);
      previous = group;
    }
}

static void
apply_filter (StrideConditionsPage *self)
{
  guint total = 0;

  for (guint i = 0; i < self->items->len; i++)
    stride_condition_item_score (g_ptr_array_index (self->items, i), (const char * const *) self->query);
  gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
  gtk_sorter_changed (self->sorter, GTK_SORTER_CHANGE_DIFFERENT);
  for (guint i = 0; i < self->lists->len; i++)
    {
      guint matches = g_list_model_get_n_items (g_ptr_array_index (self->models, i));

      /* The group is the list's parent box, with its title. */
      gtk_widget_set_visible (gtk_widget_get_parent (g_ptr_array_index (self->lists, i)), matches > 0);
      total += matches;
    }
  order_groups (self);

  gtk_stack_set_visible_child_name (self->list_stack, total > 0 ? "groups" : "no-results");
}

/* The words of a search, without the empty ones two spaces leave. */
static GStrv
split_words (const char *text)
{
  g_auto(GStrv) parts = g_strsplit_set (text, " \t\n,", -1);
  g_autoptr(GStrvBuilder) words = g_strv_builder_new ();

  for (guint i = 0; parts[i] != NULL; i++)
    if (parts[i][0] != '\0')
      g_strv_builder_add (words, parts[i]);
  return g_strv_builder_end (words);
}

static void
search_changed_cb (StrideConditionsPage *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *folded = g_utf8_casefold (text, -1);

  g_strfreev (self->query);
  self->query = split_words (folded);
  apply_filter (self);
}

static void
stop_search_cb (StrideConditionsPage *self)
{
  gtk_editable_set_text (GTK_EDITABLE (self->search_entry), "");
}

/* Detail */

static void
append (StrideConditionsPage *self,
        GtkWidget            *widget)
{
  if (widget != NULL)
    gtk_box_append (self->detail_box, widget);
}

/* When to see a clinician, first and hard to miss; a condition that is always a red flag
 * says so in the error colours. */
static GtkWidget *
create_clinician_card (const StrideCondition *condition)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 8);
  GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
  const char *heading = condition->always_red_flag ? _("Stop Running and See a Clinician")
                                                   : _("When to See a Clinician");
  GtkWidget *label = gtk_label_new (heading);
  GtkWidget *items;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "stride-condition-clinician");
  if (condition->always_red_flag)
    gtk_widget_add_css_class (card, "stride-urgent");

  gtk_accessible_update_state (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "heading");
  gtk_box_append (GTK_BOX (top), icon);
  gtk_box_append (GTK_BOX (top), label);
  gtk_box_append (GTK_BOX (card), top);

  if (condition->always_red_flag)
    {
      GtkWidget *why = gtk_label_new (_("This can be serious. Do not run through it: stop, and get it checked within days."));
      gtk_widget_add_css_class (why, "body");
      gtk_label_set_wrap (GTK_LABEL (why), TRUE);
      gtk_label_set_xalign (GTK_LABEL (why), 0);
      gtk_box_append (GTK_BOX (card), why);
    }

  /* The bullets come with their own heading; the card's heading replaces it. */
  items = stride_reading_create_bullets ("", (const char * const *) condition->see_clinician);
  if (items != NULL)
    {
      gtk_box_remove (GTK_BOX (items), gtk_widget_get_first_child (items));
      gtk_box_append (GTK_BOX (card), items);
    }

  return card;
}

static GtkWidget *
create_location_figure (StrideConditionsPage  *self,
                        const StrideCondition *condition)
{
  const StrideQuestion *question = stride_content_find_question (self->content, "location");
  g_autoptr(GArray) regions = g_array_new (FALSE, FALSE, sizeof (StrideReadingRegion));
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *joined = NULL;
  g_autofree char *description = NULL;

  for (guint i = 0; question != NULL && condition->locations != NULL && condition->locations[i] != NULL; i++)
    {
      const StrideAnswer *answer = stride_question_find_answer (question, condition->locations[i]);
      StrideReadingRegion region;

      if (answer == NULL || answer->shapes == NULL || answer->shapes->len == 0)
        continue;
      region.id = answer->id;
      region.name = answer->text;
      region.shapes = answer->shapes;
      g_array_append_val (regions, region);
      g_ptr_array_add (names, answer->text);
    }

  if (regions->len == 0)
    return NULL;

  g_ptr_array_add (names, NULL);
  joined = g_strjoinv (_(", "), (char **) names->pdata);
  /* Translators: %s is a list of places, e.g. "Side of the hip, Outer thigh" */
  description = g_strdup_printf (_("Body map with where it hurts marked: %s"), joined);
  return stride_reading_create_figure ((StrideReadingRegion *) (gpointer) regions->data, regions->len,
                                       STRIDE_BODY_MAP_MARK_PAIN, description);
}

static GtkWidget *
create_where_section (StrideConditionsPage  *self,
                      const StrideCondition *condition)
{
  GtkWidget *section = stride_reading_create_section (_("Where It Hurts"), condition->where);
  GtkWidget *figure = create_location_figure (self, condition);

  if (section == NULL)
    return figure;
  if (figure != NULL)
    {
      gtk_widget_set_margin_top (figure, 6);
      gtk_box_append (GTK_BOX (section), figure);
    }

  return section;
}

static GtkWidget *
create_exercise_group (StrideConditionsPage *self,
                       const char           *title,
                       const char           *description,
                       GStrv                 ids)
{
  GtkWidget *group = NULL;

  for (guint i = 0; ids != NULL && ids[i] != NULL; i++)
    {
      const StrideExercise *exercise = stride_content_find_exercise (self->content, ids[i]);

      if (exercise == NULL)
        continue;
      if (group == NULL)
        group = stride_preferences_group_new (title, description);
      stride_reading_add_link (group, "exercise", exercise->id, exercise->name, exercise->summary);
    }

  return group;
}

static GtkWidget *
create_next_steps_group (StrideConditionsPage  *self,
                         const StrideCondition *condition)
{
  const StrideRoutine *routine = stride_content_get_condition_routine (self->content, condition);
  const StrideSelfTest *test = condition->self_test ? stride_content_find_test (self->content, condition->self_test) : NULL;
  const StrideProgram *program = condition->program ? stride_content_find_program (self->content, condition->program) : NULL;
  GtkWidget *group;

  if (routine == NULL && test == NULL && program == NULL)
    return NULL;

  group = stride_preferences_group_new (_("Next Steps"), NULL);
  if (program != NULL)
    {
      /* A bone-stress injury offers its program only with the words about clearance */
      g_autofree char *subtitle = condition->program_note != NULL
                                  ? g_strdup_printf ("%s. %s", program->name, condition->program_note)
                                  : g_strdup_printf (_("%s: a staged plan over several weeks"), program->name);

      stride_reading_add_link (group, "program", program->id, _("Start the program"), subtitle);
    }
  if (routine != NULL)
    stride_reading_add_link (group, "routine-page", routine->id, routine->name, _("A routine that suits it"));
  if (test != NULL)
    stride_reading_add_link (group, "test", test->id, test->name, _("A self-test that checks what matters for it"));
  return group;
}

static GtkWidget *
create_structures_group (StrideConditionsPage  *self,
                         const StrideCondition *condition)
{
  GtkWidget *group = NULL;

  for (guint i = 0; condition->structures != NULL && condition->structures[i] != NULL; i++)
    {
      const StrideStructure *structure = stride_content_find_structure (self->content, condition->structures[i]);

      if (structure == NULL)
        continue;
      if (group == NULL)
        group = stride_preferences_group_new (_("Muscles and Joints Involved"), NULL);
      stride_reading_add_link (group, "structure", structure->id, structure->name, structure->summary);
    }

  return group;
}

static GtkWidget *
create_disclaimer (void)
{
  GtkWidget *label = gtk_label_new (_("Stride informs; it does not diagnose. If you are not sure what is wrong, "
                                      "or it is getting worse, see a doctor or physiotherapist."));

  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_widget_add_css_class (label, "dim-label");
  gtk_widget_add_css_class (label, "caption");
  return label;
}

static void
build_condition (StrideConditionsPage  *self,
                 const StrideCondition *condition)
{
  g_autofree char *also = NULL;

  if (condition->also_called != NULL && condition->also_called[0] != NULL)
    {
      g_autofree char *names = g_strjoinv (_(", "), condition->also_called);
      /* Translators: %s is a list of other names of a condition */
      also = g_strdup_printf (_("Also called %s"), names);
    }

  stride_reading_clear (self->detail_box);
  /* Focused when the page opens: a screen reader names the page it is on. */
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->detail_box), GTK_ACCESSIBLE_PROPERTY_LABEL, condition->name, -1);
  append (self, stride_reading_create_heading (condition->name, also, condition->summary));
  append (self, create_clinician_card (condition));
  append (self, create_where_section (self, condition));
  append (self, stride_reading_create_section (_("What It Feels Like"), condition->feels));
  append (self, stride_reading_create_bullets (_("What Makes It Worse"), (const char * const *) condition->worse_with));
  append (self, stride_reading_create_section (_("Who Gets It"), condition->who));
  append (self, stride_reading_create_bullets (_("What You Can Do"), (const char * const *) condition->self_care));
  append (self, create_exercise_group (self, _("Exercises That Help"), NULL, condition->exercises_do));
  append (self, create_exercise_group (self, _("Exercises to Avoid"),
                                       _("These can make it worse: leave them out while it hurts."),
                                       condition->exercises_avoid));
  append (self, create_next_steps_group (self, condition));
  append (self, create_structures_group (self, condition));
  append (self, stride_reading_create_sources (condition->sources));
  append (self, create_disclaimer ());
}

static void
scroll_to_top (GtkScrolledWindow *scroller)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (scroller);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_lower (adjustment));
}

static gboolean
show_condition (StrideConditionsPage *self,
                const char           *id)
{
  const StrideCondition *condition;
  GtkRoot *root;
  GtkWidget *focus;
  gboolean had_focus;

  if (self->content == NULL)
    return FALSE;

  condition = stride_content_find_condition (self->content, id);
  if (condition == NULL)
    return FALSE;

  root = gtk_widget_get_root (GTK_WIDGET (self));
  focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  had_focus = focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));

  g_free (self->condition_id);
  self->condition_id = g_strdup (condition->id);

  build_condition (self, condition);
  /* Typing on a condition's page must not start a search behind it. */
  gtk_search_entry_set_key_capture_widget (self->search_entry, NULL);
  stride_page_set_title (STRIDE_PAGE (self), condition->name);
  stride_page_set_can_go_back (STRIDE_PAGE (self), TRUE);
  /* The stack would hand the focus on to the first link, unseen, so the first Tab went
   * to the second one: the page's start holds it instead, and Tab goes on to the first
   * link. (Let go first, or the stack's move leaves the focus chain pointing past it.) */
  if (had_focus)
    gtk_root_set_focus (root, NULL);
  gtk_stack_set_visible_child_name (self->stack, "condition");
  if (had_focus)
    gtk_widget_grab_focus (GTK_WIDGET (self->detail_box));
  scroll_to_top (self->detail_scroller);
  return TRUE;
}

/* The item ROW of one of the lists shows, or NULL (transfer full) */
static StrideConditionItem *
row_item (StrideConditionsPage *self,
          GtkListBoxRow        *row)
{
  guint list;

  if (!g_ptr_array_find (self->lists, gtk_widget_get_parent (GTK_WIDGET (row)), &list))
    return NULL;

  return g_list_model_get_item (g_ptr_array_index (self->models, list), gtk_list_box_row_get_index (row));
}

static void
show_item (StrideConditionsPage *self,
           StrideConditionItem  *item)
{
  if (item != NULL)
    show_condition (self, stride_condition_item_get_condition (item)->id);
}

static void
row_activated_cb (GtkListBox           *list,
                  GtkListBoxRow        *row,
                  StrideConditionsPage *self)
{
  g_autoptr(StrideConditionItem) item = row_item (self, row);

  show_item (self, item);
}

/* The search entry captures the page's keys so typing anywhere searches; it also gets the
 * Return pressed on a focused condition row, which must open that row, not the best match. */
static StrideConditionItem *
focused_item (StrideConditionsPage *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;
  GtkWidget *row = focus != NULL ? gtk_widget_get_ancestor (focus, GTK_TYPE_LIST_BOX_ROW) : NULL;

  return row != NULL ? row_item (self, GTK_LIST_BOX_ROW (row)) : NULL;
}

static void
search_activate_cb (StrideConditionsPage *self)
{
  g_autoptr(StrideConditionItem) best = focused_item (self);

  if (best != NULL)
    {
      show_item (self, best);
      return;
    }

  /* Else the best match of all the groups, the first group's on a tie */
  for (guint i = 0; i < self->models->len; i++)
    {
      g_autoptr(StrideConditionItem) candidate = best_item (g_ptr_array_index (self->models, i));

      if (candidate != NULL && (best == NULL || stride_condition_item_get_score (candidate) > stride_condition_item_get_score (best)))
        g_set_object (&best, candidate);
    }
  show_item (self, best);
}

/* The list */

static GtkWidget *
create_condition_row (gpointer item,
                      gpointer user_data)
{
  const StrideCondition *condition = stride_condition_item_get_condition (item);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), condition->name);
  if (condition->summary != NULL)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), condition->summary);
  /* Two lines are enough for most; a condition that is always a red flag ends its summary
   * with what to do ("Always treat this as urgent"), which must never be cut off. */
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (row), condition->always_red_flag ? 0 : 2);

  if (condition->always_red_flag)
    {
      GtkWidget *icon = gtk_image_new_from_icon_name ("dialog-warning-symbolic");
      gtk_widget_add_css_class (icon, "error");
      gtk_widget_set_tooltip_text (icon, _("Always see a clinician"));
      gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      _("Always see a clinician"), -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
    }

  gtk_accessible_update_state (GTK_ACCESSIBLE (arrow), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), arrow);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_widget_set_name (row, condition->id);
  return row;
}

/* A titled list of the conditions in STORE that the search shows. */
static void
add_group (StrideConditionsPage *self,
           const char           *title,
           GListStore           *store)
{
  GtkFilterListModel *matches = gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (store)),
                                                           g_object_ref (self->filter));
  GtkSortListModel *shown = gtk_sort_list_model_new (G_LIST_MODEL (matches), g_object_ref (self->sorter));
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *label = gtk_label_new (title);
  GtkWidget *list = gtk_list_box_new ();

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_widget_add_css_class (label, "heading");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (list), GTK_ACCESSIBLE_PROPERTY_LABEL, title, -1);
  gtk_list_box_bind_model (GTK_LIST_BOX (list), G_LIST_MODEL (shown), create_condition_row, NULL, NULL);
  g_signal_connect_object (list, "row-activated", G_CALLBACK (row_activated_cb), self, 0);

  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), list);
  gtk_box_append (self->groups_box, box);
  g_ptr_array_add (self->lists, list);
  g_ptr_array_add (self->models, shown);
}

/* The known groups in body order, then any group a pack brings, in the pack's order. */
static GPtrArray *
collect_group_ids (GPtrArray *conditions)
{
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; i < G_N_ELEMENTS (groups); i++)
    g_ptr_array_add (ids, (gpointer) groups[i].id);
  for (guint i = 0; i < conditions->len; i++)
    {
      const StrideCondition *condition = g_ptr_array_index (conditions, i);
      if (!g_ptr_array_find_with_equal_func (ids, condition->group, g_str_equal, NULL))
        g_ptr_array_add (ids, condition->group);
    }

  return ids;
}

static void
load_list (StrideConditionsPage *self)
{
  g_autoptr(GPtrArray) group_ids = NULL;
  GPtrArray *conditions;

  if (self->content == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "empty");
      return;
    }

  conditions = stride_content_get_items (self->content, STRIDE_KIND_CONDITION);
  group_ids = collect_group_ids (conditions);
  for (guint g = 0; g < group_ids->len; g++)
    {
      const char *group = g_ptr_array_index (group_ids, g);
      g_autofree char *fallback = g_strdelimit (g_strdup (group), "_", ' ');
      g_autoptr(GListStore) store = g_list_store_new (STRIDE_TYPE_CONDITION_ITEM);

      for (guint i = 0; i < conditions->len; i++)
        {
          const StrideCondition *condition = g_ptr_array_index (conditions, i);
          g_autoptr(StrideConditionItem) item = NULL;

          if (g_strcmp0 (condition->group, group) != 0)
            continue;
          item = stride_condition_item_new (condition, i);
          g_list_store_append (store, item);
          g_ptr_array_add (self->items, g_object_ref (item));
        }
      if (g_list_model_get_n_items (G_LIST_MODEL (store)) > 0)
        add_group (self, group_title (group) != NULL ? group_title (group) : fallback, store);
    }

  gtk_stack_set_visible_child_name (self->stack, conditions->len > 0 ? "list" : "empty");
}

/* StridePage */

/* Back where the reader left: the row of the condition they read. */
static void
focus_row (StrideConditionsPage *self,
           const char           *id)
{
  if (!gtk_widget_get_mapped (GTK_WIDGET (self)) || id == NULL)
    return;

  for (guint i = 0; i < self->lists->len; i++)
    for (GtkWidget *row = gtk_widget_get_first_child (g_ptr_array_index (self->lists, i)); row != NULL;
         row = gtk_widget_get_next_sibling (row))
      if (g_strcmp0 (gtk_widget_get_name (row), id) == 0 && gtk_widget_get_child_visible (row))
        {
          gtk_widget_grab_focus (row);
          return;
        }
}

static void
stride_conditions_page_go_back (StridePage *page)
{
  StrideConditionsPage *self = STRIDE_CONDITIONS_PAGE (page);
  g_autofree char *id = g_steal_pointer (&self->condition_id);

  gtk_stack_set_visible_child_name (self->stack, "list");
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
  stride_page_set_title (page, _("Conditions"));
  stride_page_set_can_go_back (page, FALSE);
  stride_reading_clear (self->detail_box);
  focus_row (self, id);
}

/* Ctrl+F: back to the list if need be, into the search entry. */
static void
focus_search_action (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *parameter)
{
  StrideConditionsPage *self = STRIDE_CONDITIONS_PAGE (widget);

  if (self->condition_id != NULL)
    stride_page_go_back (STRIDE_PAGE (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->search_entry), 0, -1);
}

static gboolean
stride_conditions_page_open (StridePage *page,
                             const char *kind,
                             const char *id)
{
  if (!g_str_equal (kind, "condition"))
    return FALSE;

  return show_condition (STRIDE_CONDITIONS_PAGE (page), id);
}

/* GObject */

static void
stride_conditions_page_dispose (GObject *object)
{
  StrideConditionsPage *self = STRIDE_CONDITIONS_PAGE (object);

  if (self->lists != NULL)
    g_ptr_array_set_size (self->lists, 0);
  g_clear_pointer (&self->models, g_ptr_array_unref);
  g_clear_pointer (&self->items, g_ptr_array_unref);
  g_clear_object (&self->filter);
  g_clear_object (&self->sorter);
  /* AdwBin unparents the template's one child, the stack. */
  G_OBJECT_CLASS (stride_conditions_page_parent_class)->dispose (object);
}

static void
stride_conditions_page_finalize (GObject *object)
{
  StrideConditionsPage *self = STRIDE_CONDITIONS_PAGE (object);

  g_clear_pointer (&self->content, stride_content_unref);
  g_clear_pointer (&self->condition_id, g_free);
  g_clear_pointer (&self->query, g_strfreev);
  g_clear_pointer (&self->lists, g_ptr_array_unref);

  G_OBJECT_CLASS (stride_conditions_page_parent_class)->finalize (object);
}

/* The context is a construct-only property: it is there once construction is over. */
static void
stride_conditions_page_constructed (GObject *object)
{
  StrideConditionsPage *self = STRIDE_CONDITIONS_PAGE (object);

  G_OBJECT_CLASS (stride_conditions_page_parent_class)->constructed (object);

  self->content = stride_content_ref (stride_context_get_content (stride_page_get_context (STRIDE_PAGE (self))));
  load_list (self);
}

static void
stride_conditions_page_class_init (StrideConditionsPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  StridePageClass *page_class = STRIDE_PAGE_CLASS (klass);

  object_class->dispose = stride_conditions_page_dispose;
  object_class->constructed = stride_conditions_page_constructed;
  object_class->finalize = stride_conditions_page_finalize;
  page_class->go_back = stride_conditions_page_go_back;
  page_class->open = stride_conditions_page_open;

  gtk_widget_class_set_template_from_resource (widget_class, APP_PATH "/stride-conditions-page.ui");
  gtk_widget_class_bind_template_child (widget_class, StrideConditionsPage, stack);
  gtk_widget_class_bind_template_child (widget_class, StrideConditionsPage, search_entry);
  gtk_widget_class_bind_template_child (widget_class, StrideConditionsPage, list_stack);
  gtk_widget_class_bind_template_child (widget_class, StrideConditionsPage, list_scroller);
  gtk_widget_class_bind_template_child (widget_class, StrideConditionsPage, groups_box);
  gtk_widget_class_bind_template_child (widget_class, StrideConditionsPage, detail_scroller);
  gtk_widget_class_bind_template_child (widget_class, StrideConditionsPage, detail_box);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);

  gtk_widget_class_install_action (widget_class, "conditions.focus-search", NULL, focus_search_action);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_f, GDK_CONTROL_MASK, "conditions.focus-search", NULL);
}

static void
stride_conditions_page_init (StrideConditionsPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->lists = g_ptr_array_new ();
  self->models = g_ptr_array_new_with_free_func (g_object_unref);
  self->items = g_ptr_array_new_with_free_func (g_object_unref);
  self->filter = GTK_FILTER (gtk_custom_filter_new (item_matches_cb, self, NULL));
  self->sorter = GTK_SORTER (gtk_custom_sorter_new (compare_items_cb, self, NULL));
  gtk_search_entry_set_key_capture_widget (self->search_entry, GTK_WIDGET (self));
}

GtkWidget *
stride_conditions_page_new (StrideContext *context)
{
  g_return_val_if_fail (STRIDE_IS_CONTEXT (context), NULL);

  return g_object_new (STRIDE_TYPE_CONDITIONS_PAGE, "context", context, NULL);
}

const char *
stride_conditions_page_get_condition (StrideConditionsPage *self)
{
  g_return_val_if_fail (STRIDE_IS_CONDITIONS_PAGE (self), NULL);

  return self->condition_id;
}
