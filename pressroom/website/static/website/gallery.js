// The event page's photo gallery: one photo at a time with "k of N", buttons, arrow
// keys and swipes. Without this script every photo stays visible in a scrolling strip.
(function () {
  "use strict";
  document.documentElement.classList.add("js");
  document.querySelectorAll("[data-gallery]").forEach(function (gallery) {
    var slides = gallery.querySelectorAll(".slide");
    var controls = gallery.querySelector(".gallery-controls");
    var status = gallery.querySelector("[data-status]");
    var current = 0;
    if (!slides.length) { return; }
    function show(index) {
      current = (index + slides.length) % slides.length;
      slides.forEach(function (slide, i) { slide.classList.toggle("current", i === current); });
      var counter = slides[current].querySelector(".counter");
      status.textContent = counter ? counter.textContent : "";
    }
    if (slides.length > 1) {
      controls.hidden = false;
      gallery.querySelector("[data-prev]").addEventListener("click", function () { show(current - 1); });
      gallery.querySelector("[data-next]").addEventListener("click", function () { show(current + 1); });
      gallery.tabIndex = 0;
      gallery.addEventListener("keydown", function (event) {
        if (event.key === "ArrowLeft") { show(current - 1); event.preventDefault(); }
        if (event.key === "ArrowRight") { show(current + 1); event.preventDefault(); }
      });
      var startX = null;
      gallery.addEventListener("touchstart", function (event) { startX = event.touches[0].clientX; }, { passive: true });
      gallery.addEventListener("touchend", function (event) {
        if (startX === null) { return; }
        var dx = event.changedTouches[0].clientX - startX;
        if (Math.abs(dx) > 40) { show(dx < 0 ? current + 1 : current - 1); }
        startX = null;
      });
    }
    var hash = /^#photo-(\d+)$/.exec(location.hash);
    show(hash ? parseInt(hash[1], 10) - 1 : 0);
  });
})();
