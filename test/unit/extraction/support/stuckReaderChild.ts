/**
 * An extraction child whose reader never returns and never yields: it stands for a reader stuck in
 * work it cannot interrupt (a page that takes minutes to lay out), on any machine, however fast.
 * Only the parent's watch can end it.
 */
import { serveExtractions } from '../../../../shared/extraction/extractionChild.js';

serveExtractions(async () => {
  for (;;) {
    // Busy, never awaiting: neither a timer nor a message of this process can run again.
  }
});
