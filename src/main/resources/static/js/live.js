// Announces new posts on an open timeline. Without JavaScript the page works the same; a reload shows them.
document.querySelectorAll("[data-live-timeline]").forEach(function (region) {
  if (!window.EventSource) {
    return;
  }
  var count = 0;
  var source = new EventSource(region.getAttribute("data-live-timeline"));
  source.addEventListener("post", function () {
    count += 1;
    var link = document.createElement("a");
    link.href = window.location.pathname;
    link.textContent = count === 1 ? "1 new post: show it" : count + " new posts: show them";
    region.replaceChildren(link);
    region.classList.add("notice");
  });
});
