"""Runtime modules copied into every generated package; one file per algorithm."""
