// Mistake: expects the trained network to stay unsure
// Look at: what the experiment above printed and drew: does it agree with what you predicted, and why not?
// Prediction: trained-pass
predict("trained-pass", "unsure");
