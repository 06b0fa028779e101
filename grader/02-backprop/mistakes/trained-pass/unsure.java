// Mistake: expects the trained network to stay unsure
// Prediction: trained-pass
predict("trained-pass", "unsure");
