"""Each cloud's wire protocol, written once: signing, envelopes, error shapes."""
