// Reorder inline rows (body blocks, photos, See also) by dragging, or with ↑ ↓ buttons;
// the position fields are rewritten in the new order and saved with the event.
"use strict";
(function () {
  function rows(group) {
    return Array.from(group.querySelectorAll("tr.form-row, div.inline-related"))
      .filter((row) => !row.classList.contains("empty-form") && row.querySelector("input[name$='-position']"));
  }
  // A blank extra row keeps its empty position, or the form would ask to complete it.
  function filled(row) {
    return Array.from(row.querySelectorAll("input:not([type=hidden]):not([type=checkbox]), select, textarea"))
      .some((field) => field.value !== "");
  }
  function renumber(group) {
    rows(group).filter(filled).forEach((row, i) => {
      row.querySelector("input[name$='-position']").value = i;
    });
  }
  function move(group, row, step) {
    const list = rows(group);
    const target = list[list.indexOf(row) + step];
    if (!target) return;
    if (step < 0) target.before(row); else target.after(row);
    renumber(group);
  }
  function equip(group) {
    let dragged = null;
    rows(group).forEach((row) => {
      const position = row.querySelector("input[name$='-position']");
      if (position.dataset.deskEquipped) return;
      position.dataset.deskEquipped = "1";
      let anchor = position;
      for (const [label, step] of [["↑", -1], ["↓", 1]]) {
        const button = document.createElement("button");
        button.type = "button";
        button.className = "desk-move";
        button.textContent = label;
        button.setAttribute("aria-label", step < 0 ? "Move up" : "Move down");
        button.addEventListener("click", () => move(group, row, step));
        anchor.after(button);
        anchor = button;
      }
      row.draggable = true;
      row.addEventListener("dragstart", () => { dragged = row; row.classList.add("desk-dragging"); });
      row.addEventListener("dragend", () => { row.classList.remove("desk-dragging"); dragged = null; renumber(group); });
      row.addEventListener("dragover", (event) => {
        if (!dragged || dragged === row) return;
        event.preventDefault();
        const box = row.getBoundingClientRect();
        if (event.clientY < box.top + box.height / 2) row.before(dragged); else row.after(dragged);
      });
    });
  }
  function start() {
    document.querySelectorAll(".desk-sortable").forEach(equip);
  }
  document.addEventListener("DOMContentLoaded", start);
  document.addEventListener("formset:added", start);
})();
