// Mistake: divides the diagonal by the number of classes instead of by the number of examples
// Look at: what you divide the diagonal by: the number of what?
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
    double correct = 0;
    for (int k = 0; k < confusion.length; k++) {
        correct += confusion[k][k];
    }
    return correct / confusion.length;
}
