// Mistake: divides the two integer counts, so the accuracy is 0 unless every prediction is right
// Look at: the types in your accuracy's division
// Exercise: confusion
/**
 * Returns the confusion matrix counts[t][p]: how many examples of true class t were predicted as
 * class p, for classes 0..classes-1.
 */
int[][] confusionMatrix(int[] predicted, int[] labels, int classes) {
    int[][] counts = new int[classes][classes];
    for (int i = 0; i < labels.length; i++) {
        counts[labels[i]][predicted[i]]++;
    }
    return counts;
}

/** Returns the fraction of correct predictions a confusion matrix records: its diagonal over its total. */
double accuracy(int[][] confusion) {
    int correct = 0;
    int total = 0;
    for (int t = 0; t < confusion.length; t++) {
        for (int p = 0; p < confusion[t].length; p++) {
            total += confusion[t][p];
            if (t == p) {
                correct += confusion[t][p];
            }
        }
    }
    return correct / total;
}
