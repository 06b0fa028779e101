// Mistake: expects 600 steps to leave the network below 0.5
// Prediction: trained-pass
predict("trained-pass", "fail");
