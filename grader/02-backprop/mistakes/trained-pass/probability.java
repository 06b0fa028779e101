// Mistake: answers with a probability instead of an option
// Prediction: trained-pass
predict("trained-pass", 0.96);
