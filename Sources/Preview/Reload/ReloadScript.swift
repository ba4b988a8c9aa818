/// The script added to every served page: it listens on the event stream
/// and reloads the page when a build newer than the page's finishes. It is
/// added at serve time only, never written into the output folder.
public enum ReloadScript {
    /// Where pages listen for builds.
    public static let eventsPath = "/__lessonrun/events"

    /// The `<script>` element for a page served from build `generation`.
    public static func element(generation: Int) -> String {
        """
        <script data-lessonrun="reload">(function () {
          if (!window.EventSource) return;
          var served = "\(generation)";
          var events = new EventSource("\(eventsPath)");
          function check(event) { if (event.data !== served) location.reload(); }
          events.addEventListener("hello", check);
          events.addEventListener("reload", check);
        })();</script>

        """
    }
}
