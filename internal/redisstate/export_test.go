package redisstate

// StopForTest stops j's heartbeat loop without removing the heartbeat, as
// a killed process would.
func StopForTest(j *Journal) {
	j.closed.Do(func() {
		close(j.stop)
		<-j.done
	})
}
