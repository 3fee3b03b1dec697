"""What comes in besides the seeds: file readers, imported tables, added documents and the workspace that keeps them."""
